package dev.dovetail.runtime.synapse.envelope;

import java.util.Objects;

/**
 * The answer to one request envelope: the reply body exactly as it goes on the wire.
 *
 * <p>Every contract-level answer, error bodies included, is a normal reply (the function host answers it with HTTP
 * 200). {@link #error()} tells an error body ({@code {status_code, message, detail}}) from a result;
 * {@link #malformedRequest()} marks the one case a transport may answer differently: the request was not JSON at all.
 *
 * @param body the reply text
 * @param json {@code true} for JSON; {@code false} only for a raw-text reply ({@code EXTRACT_WEBHOOK_IDENTIFIER})
 * @param error the error the body holds, or {@code null} when the reply is a result
 * @param malformedRequest the request body could not be parsed as JSON (the reply is then a 400 error body)
 */
public record Reply(String body, boolean json, ErrorBody error, boolean malformedRequest) {

  public Reply {
    Objects.requireNonNull(body, "body");
  }

  /** A JSON result. */
  public static Reply json(String body) {
    return new Reply(body, true, null, false);
  }

  /** A raw-text result, not JSON-quoted. */
  public static Reply text(String body) {
    return new Reply(body, false, null, false);
  }

  static Reply error(ErrorBody error) {
    return new Reply(error.toJson(), true, error, false);
  }

  static Reply malformed(ErrorBody error) {
    return new Reply(error.toJson(), true, error, true);
  }

  public boolean isError() {
    return error != null;
  }

  /** {@code application/json; charset=utf-8} or {@code text/plain; charset=utf-8}. */
  public String contentType() {
    return json ? "application/json; charset=utf-8" : "text/plain; charset=utf-8";
  }
}
