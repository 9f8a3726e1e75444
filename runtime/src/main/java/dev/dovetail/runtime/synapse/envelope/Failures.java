package dev.dovetail.runtime.synapse.envelope;

import dev.dovetail.runtime.AuthorErrors;
import dev.dovetail.runtime.synapse.QuotaExceededException;
import dev.dovetail.runtime.synapse.RequestType;
import dev.dovetail.runtime.synapse.SynapseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How an exception or an error from a request becomes the contract's error body (§8.2), with every secret of the
 * connection masked and never a stack trace:
 *
 * <ul>
 *   <li>{@link UnsupportedOperationException} → 405 {@code Operation RequestType.X is not supported};
 *   <li>{@link QuotaExceededException} → 429 with the wait in {@code detail};
 *   <li>{@link SynapseException} → its status, message and detail;
 *   <li>{@link InterruptedException} (the process is stopping) → 503, which the platform retries;
 *   <li>any other exception → 400 {@code Failed to execute request RequestType.X}, {@code detail} = the exception's
 *       message;
 *   <li>an {@link Error} of the author's code ({@code AssertionError}, {@code StackOverflowError}, a
 *       {@code LinkageError} such as {@code NoClassDefFoundError} or {@code ExceptionInInitializerError}) → 500 with
 *       the same message, {@code detail} = the error and its cause: a bug in the synapse, which fails this request
 *       only. The platform treats 400 and 500 alike (a final failure, §8.3);
 *   <li>an error that leaves the JVM unfit to go on ({@link VirtualMachineError} other than
 *       {@code StackOverflowError}: out of memory, internal error) is rethrown, never answered.
 * </ul>
 */
final class Failures {
  private static final Logger log = LoggerFactory.getLogger(Failures.class);

  private Failures() {}

  static ErrorBody toErrorBody(RequestType type, Throwable e, Redactor redactor) {
    if (e instanceof Error error) {
      AuthorErrors.rethrowIfFatal(error);
      String detail = error.getCause() == null ? error.toString() : error + "; caused by " + error.getCause();
      return ErrorBody.crashed(type, redactor.redact(detail));
    }
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
  static void log(String synapse, RequestType type, ErrorBody error, Throwable cause, Redactor redactor) {
    if (error.statusCode() == ErrorBody.NOT_SUPPORTED || cause == null || cause instanceof RequestFailure) {
      log.debug("{} {}: {}", synapse, type, error.summary());
    } else if (cause instanceof SynapseException) {
      log.info("{} {}: {}", synapse, type, error.summary());
    } else if (cause instanceof Error) {
      log.error("{} {}: {}", synapse, type, error.summary(), redactor.redact(cause));
    } else {
      log.warn("{} {}: {}", synapse, type, error.summary(), redactor.redact(cause));
    }
  }
}
