package dev.dovetail.bench.jmh;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.dovetail.bench.data.AssetSamples;
import dev.dovetail.bench.data.Databind;
import dev.dovetail.bench.data.HandAssetCodec;
import dev.dovetail.example.Asset;
import dev.dovetail.example.AssetCodec;
import java.io.IOException;
import java.util.ArrayList;
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

/** Comparison 1, decode, a batch: a JSON array of 1,000 varied asset records to a {@code List<Asset>}. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DecodeBatch {
  static final int BATCH = 1_000;
  private static final TypeReference<List<Asset>> ASSETS = new TypeReference<>() {};
  private static final TypeReference<List<Map<String, Object>>> MAPS = new TypeReference<>() {};

  private String json;
  private ObjectReader databind;
  private ObjectReader blackbird;
  private ObjectMapper mapMapper;
  private ObjectReader mapReader;

  @Setup
  public void setup() throws IOException {
    List<Asset> expected = AssetSamples.assets(BATCH, 42);
    json = AssetSamples.jsonArray(expected);
    databind = Databind.mapper(false).readerFor(ASSETS);
    blackbird = Databind.mapper(true).readerFor(ASSETS);
    mapMapper = Databind.mapper(false);
    mapReader = mapMapper.readerFor(MAPS);
    Checks.same("dovetailCodec", expected, dovetailCodec());
    Checks.same("databind", expected, databind());
    Checks.same("databindBlackbird", expected, databindBlackbird());
    Checks.same("handWritten", expected, handWritten());
    Checks.same("mapConvertValue", expected, mapConvertValue());
  }

  @Benchmark
  public List<Asset> dovetailCodec() throws IOException {
    List<Asset> out = new ArrayList<>(BATCH);
    try (JsonParser parser = AssetSamples.JSON.createParser(json)) {
      parser.nextToken();
      while (parser.nextToken() == JsonToken.START_OBJECT) {
        out.add(AssetCodec.INSTANCE.decode(parser));
      }
    }
    return out;
  }

  @Benchmark
  public List<Asset> databind() throws IOException {
    return databind.readValue(json);
  }

  @Benchmark
  public List<Asset> databindBlackbird() throws IOException {
    return blackbird.readValue(json);
  }

  @Benchmark
  public List<Asset> handWritten() throws IOException {
    List<Asset> out = new ArrayList<>(BATCH);
    try (JsonParser parser = AssetSamples.JSON.createParser(json)) {
      parser.nextToken();
      while (parser.nextToken() == JsonToken.START_OBJECT) {
        out.add(HandAssetCodec.decode(parser));
      }
    }
    return out;
  }

  /** Parse to maps, then convert each map to the record: the generic path of Map-based frameworks. */
  @Benchmark
  public List<Asset> mapConvertValue() throws IOException {
    List<Map<String, Object>> maps = mapReader.readValue(json);
    List<Asset> out = new ArrayList<>(maps.size());
    for (Map<String, Object> map : maps) {
      out.add(mapMapper.convertValue(map, Asset.class));
    }
    return out;
  }
}
