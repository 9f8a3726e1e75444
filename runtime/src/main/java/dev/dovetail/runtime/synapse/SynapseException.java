package dev.dovetail.runtime.synapse;

/**
 * An error the synapse answers with as it is ({@code {status_code, message, detail}}), e.g. 401 for bad
 * credentials, 503 for an upstream outage (retried by the platform), 500 for a final upstream failure.
 */
public class SynapseException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int statusCode;
  private final String detail;

  public SynapseException(int statusCode, String message, String detail) {
    super(message);
    this.statusCode = statusCode;
    this.detail = detail;
  }

  public SynapseException(int statusCode, String message) {
    this(statusCode, message, null);
  }

  public int statusCode() {
    return statusCode;
  }

  public String detail() {
    return detail;
  }
}
