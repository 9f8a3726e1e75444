package dev.dovetail.runtime.synapse.envelope;

/**
 * A request the handler answers with a known error body (bad envelope, unknown entity, invalid handler result):
 * thrown inside the handler and turned into the reply. No stack trace: it is a reply, not a bug.
 */
final class RequestFailure extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient ErrorBody error;
  private final boolean malformed;

  RequestFailure(ErrorBody error) {
    this(error, false);
  }

  private RequestFailure(ErrorBody error, boolean malformed) {
    super(error.message(), null, false, false);
    this.error = error;
    this.malformed = malformed;
  }

  /** The request is not JSON at all. */
  static RequestFailure malformed(String detail) {
    return new RequestFailure(ErrorBody.invalidRequest(detail), true);
  }

  static RequestFailure invalid(String detail) {
    return new RequestFailure(ErrorBody.invalidRequest(detail));
  }

  ErrorBody error() {
    return error;
  }

  boolean malformed() {
    return malformed;
  }
}
