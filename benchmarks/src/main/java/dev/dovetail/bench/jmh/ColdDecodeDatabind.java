package dev.dovetail.bench.jmh;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.dovetail.bench.data.Databind;
import dev.dovetail.example.Asset;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Comparison 2, cold: the first record decoded in a fresh JVM with a new {@code ObjectMapper} (the configuration of
 * {@link Databind}, without Blackbird, whose set-up would only add to the cold time), setup included.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1, batchSize = 1)
public class ColdDecodeDatabind {
  @Benchmark
  public Asset firstRecord() throws IOException {
    return JsonMapper.builder()
        .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .addMixIn(Asset.class, Databind.IgnoreSyncedAt.class)
        .build()
        .readValue(ColdDecodeCodec.LINE, Asset.class);
  }
}
