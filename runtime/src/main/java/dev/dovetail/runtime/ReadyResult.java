package dev.dovetail.runtime;

/** Answer of {@link DestinationHandler#ready()}: {@code {ready, message?}}. */
public record ReadyResult(boolean ready, String message) {

  /** Ready to receive batches. */
  public static ReadyResult ok() {
    return new ReadyResult(true, null);
  }

  /** Not ready; {@code message} tells the operator what to fix. */
  public static ReadyResult notReady(String message) {
    return new ReadyResult(false, message);
  }
}
