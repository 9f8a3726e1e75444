package dev.dovetail.runtime;

/**
 * The logic of a destination: what the OCP platform calls {@code Destination<T>}. Annotate the implementing class
 * with {@code @dev.dovetail.annotations.Destination}; the processor checks it and generates its dispatcher.
 *
 * <p>Instances are created with the public no-argument constructor. Settings and secrets are not injected; read
 * them at call time from {@link Settings}.
 *
 * @param <T> the record type: a {@code @Schema} type, or {@link DynamicRecord} with a schema function
 */
public interface DestinationHandler<T> {

  /**
   * Checks that configuration and credentials are present and valid. Called before any delivery and possibly
   * often, so cache expensive checks. When it answers not ready, nothing is delivered and the message is reported.
   */
  ReadyResult ready() throws Exception;

  /**
   * Delivers one batch. Upserts and deletes arrive in source order. A batch succeeds or fails as a whole and a
   * retry resends every item, so writes must be idempotent. A thrown exception counts as a retryable failure
   * whose reason is the exception message.
   */
  DeliverResult deliver(Batch<T> batch) throws Exception;
}
