package dev.dovetail.runtime.runner;

/**
 * What a run tells as it goes, as ready-to-print lines. Problems (not ready, rejected records, failed batches) are
 * also kept, bounded, in the {@link RunSummary}; progress (retries, dropped deletes, delivered batches) is not.
 */
public interface RunListener {

  RunListener NONE = new RunListener() {
    @Override
    public boolean wantsProgress() {
      return false;
    }
  };

  /** Something went wrong: a record was rejected, a batch failed, or the destination is not ready. */
  default void problem(String message) {}

  /** Something worth knowing that is not a failure. */
  default void progress(String message) {}

  /**
   * Whether {@link #progress} does anything with its messages; when {@code false} the run does not build them.
   * {@link #problem} is told either way.
   */
  default boolean wantsProgress() {
    return true;
  }
}
