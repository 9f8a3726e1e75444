package dev.dovetail.bench.jmh;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.dovetail.bench.data.AssetSamples;
import dev.dovetail.bench.data.Databind;
import dev.dovetail.bench.data.HandAssetCodec;
import dev.dovetail.bench.data.JsonText;
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

/** Comparison 1, encode, a batch: 1,000 varied asset records to one JSON array. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EncodeBatch {
  private static final TypeReference<List<Asset>> ASSETS = new TypeReference<>() {};

  private List<Asset> assets;
  private ObjectWriter databind;
  private ObjectWriter blackbird;
  private ObjectMapper mapMapper;

  @Setup
  public void setup() throws IOException {
    assets = AssetSamples.assets(DecodeBatch.BATCH, 42);
    databind = Databind.mapper(false).writerFor(ASSETS);
    blackbird = Databind.mapper(true).writerFor(ASSETS);
    mapMapper = Databind.mapper(false);
    Checks.same("dovetailCodec", assets, Checks.read(dovetailCodec()));
    Checks.same("databind", assets, Checks.read(databind()));
    Checks.same("databindBlackbird", assets, Checks.read(databindBlackbird()));
    Checks.same("handWritten", assets, Checks.read(handWritten()));
    Checks.same("mapConvertValue", assets, Checks.read(mapConvertValue()));
  }

  @Benchmark
  public String dovetailCodec() throws IOException {
    return JsonText.write(AssetSamples.JSON, this::writeWithCodec);
  }

  private void writeWithCodec(JsonGenerator generator) throws IOException {
    generator.writeStartArray();
    for (Asset asset : assets) {
      AssetCodec.INSTANCE.encode(asset, generator);
    }
    generator.writeEndArray();
  }

  @Benchmark
  public String databind() throws IOException {
    return databind.writeValueAsString(assets);
  }

  @Benchmark
  public String databindBlackbird() throws IOException {
    return blackbird.writeValueAsString(assets);
  }

  @Benchmark
  public String handWritten() throws IOException {
    return JsonText.write(AssetSamples.JSON, this::writeByHand);
  }

  private void writeByHand(JsonGenerator generator) throws IOException {
    generator.writeStartArray();
    for (Asset asset : assets) {
      HandAssetCodec.encode(asset, generator);
    }
    generator.writeEndArray();
  }

  /** Convert each record to a map, then write the list of maps. */
  @Benchmark
  public String mapConvertValue() throws IOException {
    List<Map<?, ?>> maps = new ArrayList<>(assets.size());
    for (Asset asset : assets) {
      maps.add(mapMapper.convertValue(asset, Map.class));
    }
    return mapMapper.writeValueAsString(maps);
  }
}
