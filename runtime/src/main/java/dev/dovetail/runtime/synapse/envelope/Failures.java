package dev.dovetail.runtime.synapse.envelope;

import dev.dovetail.runtime.synapse.QuotaExceededException;
import dev.dovetail.runtime.synapse.RequestType;
import dev.dovetail.runtime.synapse.SynapseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How an exception from a request becomes the contract's error body (§8.2), with every secret of the connection
 * masked and never a stack trace:
 *
 * <ul>
 *   <li>{@link UnsupportedOperationException} → 405 {@code Operation RequestType.X is not supported};
 *   <li>{@link QuotaExceededException} → 429 with the wait in {@code detail};
 *   <li>{@link SynapseException} → its status, message and detail;
 *   <li>{@link InterruptedException} (the process is stopping) → 503, which the platform retries;
 *   <li>anything else → 400 {@code Failed to execute request RequestType.X}, {@code detail} = the exception's message.
 * </ul>
 */
final class Failures {
  private static final Logger log = LoggerFactory.getLogger(Failures.class);

  private Failures() {}

  static ErrorBody toErrorBody(RequestType type, Exception e, Redactor redactor) {
    if (e instanceof RequestFailure failure) {
      ErrorBody error = failure.error();
      return new ErrorBody(error.statusCode(), redactor.redact(error.message()), redactor.redact(error.detail()));
    }
    if (e instanceof UnsupportedOperationException) {
      return ErrorBody.notSupported(type);
    }
    if (e instanceof SynapseException synapse) {
      return new ErrorBody(synapse.statusCode(), redactor.redact(synapse.getMessage()), redactor.redact(synapse.detail()));
    }
    if (e instanceof InterruptedException) {
      Thread.currentThread().interrupt();
      return new ErrorBody(503, "Interrupted while executing request " + type.sdkName(), "the synapse is stopping");
    }
    String text = e.getMessage() != null ? e.getMessage() : e.getClass().getName();
    return ErrorBody.failed(type, redactor.redact(text));
  }

  /** Logs an error reply: expected answers quietly, author failures with their (redacted) stack. */
  static void log(String synapse, RequestType type, ErrorBody error, Exception cause, Redactor redactor) {
    if (error.statusCode() == ErrorBody.NOT_SUPPORTED || cause == null || cause instanceof RequestFailure) {
      log.debug("{} {}: {}", synapse, type, error.summary());
    } else if (cause instanceof SynapseException) {
      log.info("{} {}: {}", synapse, type, error.summary());
    } else {
      log.warn("{} {}: {}", synapse, type, error.summary(), redactor.redact(cause));
    }
  }
}
