package dev.dovetail.bench.jmh;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.dovetail.bench.data.AssetSamples;
import dev.dovetail.bench.data.Databind;
import dev.dovetail.bench.data.HandAssetCodec;
import dev.dovetail.bench.data.JsonText;
import dev.dovetail.example.Asset;
import dev.dovetail.example.AssetCodec;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Comparison 1, encode, one record, steady state: an {@link Asset} to its JSON text. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class EncodeSingle {
  private Asset asset;
  private ObjectWriter databind;
  private ObjectWriter blackbird;
  private ObjectMapper mapMapper;

  @Setup
  public void setup() throws IOException {
    asset = AssetSamples.typical();
    databind = Databind.mapper(false).writerFor(Asset.class);
    blackbird = Databind.mapper(true).writerFor(Asset.class);
    mapMapper = Databind.mapper(false);
    List<Asset> expected = List.of(asset);
    Checks.same("dovetailCodec", expected, Checks.read(dovetailCodec()));
    Checks.same("databind", expected, Checks.read(databind()));
    Checks.same("databindBlackbird", expected, Checks.read(databindBlackbird()));
    Checks.same("handWritten", expected, Checks.read(handWritten()));
    Checks.same("mapConvertValue", expected, Checks.read(mapConvertValue()));
  }

  @Benchmark
  public String dovetailCodec() throws IOException {
    return JsonText.write(AssetSamples.JSON, g -> AssetCodec.INSTANCE.encode(asset, g));
  }

  @Benchmark
  public String databind() throws IOException {
    return databind.writeValueAsString(asset);
  }

  @Benchmark
  public String databindBlackbird() throws IOException {
    return blackbird.writeValueAsString(asset);
  }

  @Benchmark
  public String handWritten() throws IOException {
    return JsonText.write(AssetSamples.JSON, g -> HandAssetCodec.encode(asset, g));
  }

  /** Convert the record to a map, then write the map. */
  @Benchmark
  public String mapConvertValue() throws IOException {
    Map<?, ?> map = mapMapper.convertValue(asset, Map.class);
    return mapMapper.writeValueAsString(map);
  }
}
