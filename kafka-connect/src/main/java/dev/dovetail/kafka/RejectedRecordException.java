package dev.dovetail.kafka;

import org.apache.kafka.connect.errors.ConnectException;

/**
 * Why a record went to the errant record reporter (the dead letter queue): it could not be decoded, did not fit
 * the destination schema, or the destination rejected it for good. Its message lands in the DLQ record's
 * {@code __connect.errors.exception.message} header when {@code errors.deadletterqueue.context.headers.enable=true}.
 */
public final class RejectedRecordException extends ConnectException {
  private static final long serialVersionUID = 1L;

  public RejectedRecordException(String message) {
    super(message);
  }

  @Override
  public synchronized Throwable fillInStackTrace() {
    return this; // the message says it all; a stack trace would only fill the DLQ headers
  }
}
