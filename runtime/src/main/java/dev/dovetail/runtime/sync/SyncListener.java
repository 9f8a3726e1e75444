package dev.dovetail.runtime.sync;

import dev.dovetail.runtime.sync.state.RunCounts;

/** What a sync tells as it goes; every message is already redacted. */
public interface SyncListener {
  SyncListener NONE = new SyncListener() {};

  /** The run starts; {@code description} says from where, to where, and from which checkpoint. */
  default void started(String description) {}

  /** Counters after a page or a batch. */
  default void progress(RunCounts counts) {}

  /** Something went wrong but the run goes on: a dead letter, a retry. */
  default void problem(String message) {}

  /** The run has ended (before the summary is printed). */
  default void finished(RunCounts counts) {}
}
