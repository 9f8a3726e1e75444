package dev.dovetail.example;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.dovetail.runtime.Batch;
import dev.dovetail.runtime.BatchItem;
import dev.dovetail.runtime.DataSync;
import dev.dovetail.runtime.codec.RecordCodec;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Shared helpers: the sample files, JSON through the generated codecs, batches. */
final class TestData {
  static final JsonFactory JSON = new JsonFactory();
  static final DataSync SYNC = new DataSync("sync-42", "DAM nightly");

  private TestData() {}

  /** The example-connector directory (surefire runs there; the property says so explicitly). */
  static Path basedir() {
    return Path.of(System.getProperty("example.basedir", ".")).toAbsolutePath().normalize();
  }

  static Path sample(String name) {
    return basedir().resolve("sample").resolve(name);
  }

  static <T> BatchItem<T> decodeItem(RecordCodec<T> codec, String json) {
    try (JsonParser parser = JSON.createParser(json)) {
      parser.nextToken();
      return codec.decodeItem(parser);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static <T> String encode(RecordCodec<T> codec, BatchItem<T> item) {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = JSON.createGenerator(out)) {
      codec.encodeItem(item, generator);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Every non-blank line of a sample file, decoded. */
  static <T> List<BatchItem<T>> items(RecordCodec<T> codec, Path file) throws IOException {
    List<BatchItem<T>> items = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        items.add(decodeItem(codec, line));
      }
    }
    return items;
  }

  /** What a table keyed by asset_id holds after applying {@code items} in order. */
  static Map<String, Asset> replay(List<BatchItem<Asset>> items) {
    Map<String, Asset> state = new LinkedHashMap<>();
    for (BatchItem<Asset> item : items) {
      if (item instanceof BatchItem.Upsert<Asset> upsert) {
        state.put(upsert.record().assetId(), upsert.record());
      } else if (item instanceof BatchItem.Delete<Asset> delete) {
        state.remove((String) delete.key().single());
      }
    }
    return state;
  }

  @SafeVarargs
  static <T> Batch<T> batch(BatchItem<T>... items) {
    List<BatchItem<T>> list = new ArrayList<>(items.length);
    for (BatchItem<T> item : items) {
      list.add(item);
    }
    return new Batch<>(list, 1, SYNC);
  }

  static Asset asset(String id, String name) {
    return new Asset(id, name, "A test asset", Asset.Type.IMAGE, List.of("test", "unit"), 1234L, 640, 480,
        "https://dam.example.com/" + id, 1_700_000_000_000L, new Asset.Folder("fld-1", "/tests"), null);
  }
}
