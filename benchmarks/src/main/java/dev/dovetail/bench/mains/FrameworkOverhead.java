package dev.dovetail.bench.mains;

import com.fasterxml.jackson.core.JsonParser;
import dev.dovetail.bench.data.AssetSamples;
import dev.dovetail.bench.data.HandAssetCodec;
import dev.dovetail.bench.dispatch.Envelope;
import dev.dovetail.bench.dispatch.GeneratedPath;
import dev.dovetail.bench.model.BenchAsset;
import dev.dovetail.bench.report.Row;
import dev.dovetail.bench.report.Rows;
import dev.dovetail.example.Asset;
import dev.dovetail.runtime.DestinationDispatcher;
import dev.dovetail.runtime.runner.DestinationCatalog;
import dev.dovetail.runtime.runner.DestinationRunner;
import dev.dovetail.runtime.runner.RunListener;
import dev.dovetail.runtime.runner.RunOptions;
import dev.dovetail.runtime.runner.RunSummary;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Comparison 4, framework overhead end to end: {@code --records} JSON lines (default 1,000,000) through
 * {@link DestinationRunner} (the generated dispatcher and codec, batches of 100, retries policy, tally) into the
 * no-op destination, against the limit: a plain loop that reads the same lines with a {@link BufferedReader} and
 * decodes each with the hand-written streaming parser. Both read the same in-memory lines, alternately, in this JVM.
 */
public final class FrameworkOverhead {
  private FrameworkOverhead() {}

  public static void main(String[] args) throws Exception {
    int records = Runs.intOption(args, "records", 1_000_000);
    int pairs = Runs.intOption(args, "pairs", 3);
    int warmups = Runs.intOption(args, "warmups", 1);
    Path out = Path.of(Runs.option(args, "out", "benchmarks/results/main-overhead.json"));
    DestinationDispatcher<BenchAsset> dispatcher =
        GeneratedPath.noop(DestinationCatalog.load(FrameworkOverhead.class.getClassLoader()));

    Runs.Paired result = Runs.alternate(warmups, pairs,
        () -> runner(dispatcher, records),
        () -> plainLoop(records),
        "overhead");
    String dovetail = rate(records, result.medianA()) + ", " + result.spread(true, s -> String.format("%.2f s", s));
    String limit = "plain loop + hand-written parser (limit): " + rate(records, result.medianB()) + ", "
        + result.spread(false, s -> String.format("%.2f s", s));
    Rows.write(out, List.of(Row.measured("4", "Framework overhead: " + String.format("%,d", records)
            + " JSON lines → runner → no-op destination", dovetail, limit, result.ratio(), result.ratioError(),
        Row.Goal.atLeast(0.8, "the limit"))));
  }

  /** Seconds for the whole run through the runner. */
  static double runner(DestinationDispatcher<BenchAsset> dispatcher, long records) {
    long start = System.nanoTime();
    RunSummary summary = new DestinationRunner<>(dispatcher, RunOptions.defaults(Envelope.SYNC), RunListener.NONE)
        .run(new CyclingReader(records));
    double seconds = (System.nanoTime() - start) / 1e9;
    if (summary.status() != RunSummary.Status.COMPLETED || summary.upsertsDelivered() != records) {
      throw new IllegalStateException("runner did not deliver every record: " + summary);
    }
    return seconds;
  }

  /** Seconds for the plain loop: read lines, decode each with the hand-written parser, keep a checksum. */
  static double plainLoop(long records) throws IOException {
    long start = System.nanoTime();
    long count = 0;
    long checksum = 0;
    try (BufferedReader lines = new BufferedReader(new CyclingReader(records), 8192)) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        try (JsonParser parser = AssetSamples.JSON.createParser(line)) {
          parser.nextToken();
          Asset asset = HandAssetCodec.decode(parser);
          checksum += asset.fileSize();
          count++;
        }
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    if (count != records || checksum == 0) {
      throw new IllegalStateException("plain loop read " + count + " records");
    }
    return seconds;
  }

  static String rate(long records, double seconds) {
    return String.format("%,.0f records/s", records / seconds);
  }
}
