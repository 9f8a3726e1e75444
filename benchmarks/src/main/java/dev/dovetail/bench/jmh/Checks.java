package dev.dovetail.bench.jmh;

import dev.dovetail.bench.data.AssetSamples;
import dev.dovetail.example.Asset;
import dev.dovetail.example.AssetCodec;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/** Setup-time checks that every compared path computes the same thing; a benchmark of a wrong answer is worthless. */
final class Checks {
  private Checks() {}

  static void same(String path, Object expected, Object actual) {
    if (!expected.equals(actual)) {
      throw new IllegalStateException(path + " computed something else:\n  expected " + expected + "\n  actual   " + actual);
    }
  }

  /** The records a JSON object or array holds, read with the generated codec. */
  static List<Asset> read(String json) throws IOException {
    List<Asset> out = new ArrayList<>();
    try (JsonParser parser = AssetSamples.JSON.createParser(json)) {
      if (parser.nextToken() == JsonToken.START_OBJECT) {
        out.add(AssetCodec.INSTANCE.decode(parser));
        return out;
      }
      while (parser.nextToken() == JsonToken.START_OBJECT) {
        out.add(AssetCodec.INSTANCE.decode(parser));
      }
    }
    return out;
  }
}
