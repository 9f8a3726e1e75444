package dev.dovetail.bench.jmh;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.dovetail.bench.data.AssetSamples;
import dev.dovetail.bench.data.Databind;
import dev.dovetail.bench.data.HandAssetCodec;
import dev.dovetail.example.Asset;
import dev.dovetail.example.AssetCodec;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Comparison 1, decode, one record, steady state: one JSON object (a String, as the runner holds a line) to an
 * {@link Asset}. Every path builds its parser from the same input and returns the same record (checked in setup).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DecodeSingle {
  private String json;
  private ObjectReader databind;
  private ObjectReader blackbird;
  private ObjectMapper mapMapper;
  private ObjectReader mapReader;

  @Setup
  public void setup() throws IOException {
    json = AssetSamples.json(AssetSamples.typical());
    databind = Databind.mapper(false).readerFor(Asset.class);
    blackbird = Databind.mapper(true).readerFor(Asset.class);
    mapMapper = Databind.mapper(false);
    mapReader = mapMapper.readerFor(Map.class);
    Asset expected = AssetSamples.typical();
    Checks.same("dovetailCodec", expected, dovetailCodec());
    Checks.same("databind", expected, databind());
    Checks.same("databindBlackbird", expected, databindBlackbird());
    Checks.same("handWritten", expected, handWritten());
    Checks.same("mapConvertValue", expected, mapConvertValue());
  }

  @Benchmark
  public Asset dovetailCodec() throws IOException {
    try (JsonParser parser = AssetSamples.JSON.createParser(json)) {
      parser.nextToken();
      return AssetCodec.INSTANCE.decode(parser);
    }
  }

  @Benchmark
  public Asset databind() throws IOException {
    return databind.readValue(json);
  }

  @Benchmark
  public Asset databindBlackbird() throws IOException {
    return blackbird.readValue(json);
  }

  @Benchmark
  public Asset handWritten() throws IOException {
    try (JsonParser parser = AssetSamples.JSON.createParser(json)) {
      parser.nextToken();
      return HandAssetCodec.decode(parser);
    }
  }

  @Benchmark
  public Asset mapConvertValue() throws IOException {
    Map<?, ?> map = mapReader.readValue(json);
    return mapMapper.convertValue(map, Asset.class);
  }
}
