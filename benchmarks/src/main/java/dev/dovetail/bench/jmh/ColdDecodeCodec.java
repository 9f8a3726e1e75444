package dev.dovetail.bench.jmh;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import dev.dovetail.example.Asset;
import dev.dovetail.example.AssetCodec;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Comparison 2, cold: the first record decoded in a fresh JVM with the generated codec, setup included (a new
 * {@link JsonFactory}, the codec's classes loaded and initialized). One shot per fork; run with many forks. The class
 * references nothing of databind, so nothing of it is loaded.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1, batchSize = 1)
public class ColdDecodeCodec {
  /** The single-record benchmark's record (AssetSamples.typical()), as a constant so setup loads nothing. */
  public static final String LINE = "{\"asset_id\":\"ast-1002\",\"name\":\"bf-teaser-6s.mp4\",\"description\":\"Six-second Black"
      + " Friday bumper\",\"type\":\"VIDEO\",\"tags\":[\"black-friday\",\"video-ad\"],\"file_size\":134478448,\"width\":1920,"
      + "\"height\":1080,\"url\":\"https://dam.example.com/assets/ast-1002/bf-teaser-6s.mp4\",\"created_at\":1735717194585,"
      + "\"folder\":{\"folder_id\":\"fld-101\",\"path\":\"/marketing/campaigns/black-friday\"}}";

  @Benchmark
  public Asset firstRecord() throws IOException {
    JsonFactory json = new JsonFactory();
    try (JsonParser parser = json.createParser(LINE)) {
      parser.nextToken();
      return AssetCodec.INSTANCE.decode(parser);
    }
  }
}
