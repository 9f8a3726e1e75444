package dev.dovetail.runtime.cli;

import dev.dovetail.runtime.DataSync;
import dev.dovetail.runtime.RetryPolicy;
import dev.dovetail.runtime.codec.UnknownFields;
import dev.dovetail.runtime.runner.RunOptions;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The delivery policies of {@code deliver}, validated as they are parsed so a bad value is a usage error. */
final class DeliveryOptions {
  @Spec(Spec.Target.MIXEE) private CommandSpec spec;

  private int batchSize = RunOptions.DEFAULT_BATCH_SIZE;
  private int maxRetries = RetryPolicy.DEFAULT_MAX_RETRIES;

  @Option(names = "--sync-id", paramLabel = "ID", defaultValue = "local",
      description = "Data sync id every batch carries (default: ${DEFAULT-VALUE}).")
  String syncId;

  @Option(names = "--sync-name", paramLabel = "NAME", defaultValue = "local run",
      description = "Data sync name every batch carries (default: ${DEFAULT-VALUE}).")
  String syncName;

  @Option(names = "--strict", description = "Reject records with fields the schema does not declare (default: ignore them).")
  boolean strict;

  @Option(names = "--set", paramLabel = "KEY=VALUE",
      description = "A connector setting, as OCP's settings store would hold it; repeatable.")
  Map<String, String> settings = new LinkedHashMap<>();

  @Option(names = "--batch-size", paramLabel = "N", defaultValue = "" + RunOptions.DEFAULT_BATCH_SIZE,
      description = "Items per batch, 1-" + RunOptions.MAX_BATCH_SIZE + " (default: ${DEFAULT-VALUE}).")
  void batchSize(int value) {
    if (value < 1 || value > RunOptions.MAX_BATCH_SIZE) {
      throw new ParameterException(spec.commandLine(),
          "--batch-size must be between 1 and " + RunOptions.MAX_BATCH_SIZE + ", got " + value);
    }
    batchSize = value;
  }

  @Option(names = "--max-retries", paramLabel = "N", defaultValue = "" + RetryPolicy.DEFAULT_MAX_RETRIES,
      description = "Retries of a batch after a retryable failure, 0-" + RetryPolicy.MAX_RETRIES_LIMIT
          + " (default: ${DEFAULT-VALUE}).")
  void maxRetries(int value) {
    if (value < 0 || value > RetryPolicy.MAX_RETRIES_LIMIT) {
      throw new ParameterException(spec.commandLine(),
          "--max-retries must be between 0 and " + RetryPolicy.MAX_RETRIES_LIMIT + ", got " + value);
    }
    maxRetries = value;
  }

  RunOptions runOptions() {
    return RunOptions.defaults(new DataSync(syncId, syncName))
        .withBatchSize(batchSize)
        .withRetry(RetryPolicy.DEFAULT.withMaxRetries(maxRetries))
        .withUnknownFields(strict ? UnknownFields.REJECT : UnknownFields.IGNORE);
  }
}
