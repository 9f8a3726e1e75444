package dev.dovetail.runtime;

/**
 * Which {@link Error}s thrown by an author's code a run survives. An {@code AssertionError}, a
 * {@code StackOverflowError} (unwound by the time it is caught) or a {@code LinkageError} such as
 * {@code NoClassDefFoundError} is a bug in the connector: it fails the call that threw it, and the process goes on.
 * Any other {@link VirtualMachineError} (out of memory, a JVM internal error) leaves the process unfit to go on and is
 * rethrown.
 */
public final class AuthorErrors {
  private AuthorErrors() {}

  /** Rethrows {@code error} when the process does not survive it; returns otherwise. */
  public static void rethrowIfFatal(Error error) {
    if (error instanceof VirtualMachineError && !(error instanceof StackOverflowError)) {
      throw error;
    }
  }
}
