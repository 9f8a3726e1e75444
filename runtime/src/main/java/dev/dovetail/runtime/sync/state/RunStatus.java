package dev.dovetail.runtime.sync.state;

/** How a sync run ended, as kept in the run history. */
public enum RunStatus {
  /** Still going, or killed without a chance to say so (then a later run marks it {@link #KILLED}). */
  RUNNING,
  /** The source was read to its end and every record settled; dead letters may have been written. */
  COMPLETED,
  /** Stopped by an error: the destination failed for good, the source failed, or the state store did. */
  FAILED,
  /** Stopped on request (SIGTERM, Ctrl-C) after settling or abandoning the batch in flight. */
  INTERRUPTED,
  /** Found still {@link #RUNNING} by a later run: the process died (kill -9, power loss) without ending the run. */
  KILLED
}
