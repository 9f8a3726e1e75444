package dev.dovetail.runtime.runner;

import dev.dovetail.runtime.DataSync;
import dev.dovetail.runtime.RetryPolicy;
import dev.dovetail.runtime.codec.UnknownFields;
import java.util.Objects;

/**
 * The policies of one run, all bounded.
 *
 * @param batchSize items per batch, 1–{@value #MAX_BATCH_SIZE}
 * @param sync the data sync every batch carries
 * @param retry how failed batches are retried
 * @param unknownFields what decoding does with fields the schema does not declare
 * @param maxMessages problem messages kept in the {@link RunSummary} (the rest are only counted), 0–{@value #MAX_MESSAGES_LIMIT}
 */
public record RunOptions(int batchSize, DataSync sync, RetryPolicy retry, UnknownFields unknownFields, int maxMessages) {

  public static final int DEFAULT_BATCH_SIZE = 100;
  public static final int MAX_BATCH_SIZE = 10_000;
  public static final int DEFAULT_MAX_MESSAGES = 20;
  public static final int MAX_MESSAGES_LIMIT = 10_000;
  /** Longest input line read (characters); a longer line is rejected without being held in memory. */
  public static final int MAX_LINE_LENGTH = 8 * 1024 * 1024;

  public RunOptions {
    if (batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
      throw new IllegalArgumentException("batch size must be between 1 and " + MAX_BATCH_SIZE + ", got " + batchSize);
    }
    Objects.requireNonNull(sync, "sync");
    Objects.requireNonNull(retry, "retry");
    Objects.requireNonNull(unknownFields, "unknownFields");
    if (maxMessages < 0 || maxMessages > MAX_MESSAGES_LIMIT) {
      throw new IllegalArgumentException("maxMessages must be between 0 and " + MAX_MESSAGES_LIMIT + ", got " + maxMessages);
    }
  }

  /** Batches of 100, the default retry policy, unknown fields ignored, 20 messages kept. */
  public static RunOptions defaults(DataSync sync) {
    return new RunOptions(DEFAULT_BATCH_SIZE, sync, RetryPolicy.DEFAULT, UnknownFields.IGNORE, DEFAULT_MAX_MESSAGES);
  }

  public RunOptions withBatchSize(int size) {
    return new RunOptions(size, sync, retry, unknownFields, maxMessages);
  }

  public RunOptions withRetry(RetryPolicy policy) {
    return new RunOptions(batchSize, sync, policy, unknownFields, maxMessages);
  }

  public RunOptions withUnknownFields(UnknownFields policy) {
    return new RunOptions(batchSize, sync, retry, policy, maxMessages);
  }

  public RunOptions withMaxMessages(int max) {
    return new RunOptions(batchSize, sync, retry, unknownFields, max);
  }
}
