package dev.dovetail.runtime.sync.state;

/** The state store cannot be used: unreachable, locked by another run, or a statement failed. */
public final class StateStoreException extends Exception {
  private static final long serialVersionUID = 1L;

  public StateStoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StateStoreException(String message) {
    super(message);
  }
}
