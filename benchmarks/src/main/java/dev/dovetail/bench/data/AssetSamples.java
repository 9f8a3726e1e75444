package dev.dovetail.bench.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.dovetail.example.Asset;
import dev.dovetail.example.AssetCodec;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Deterministic asset records shaped like example-connector/sample/assets.jsonl (about 330 bytes of JSON each):
 * images and videos with dimensions, documents without, 1–4 tags, a folder. Same seed, same records.
 */
public final class AssetSamples {
  private static final String[] FOLDERS = {
    "fld-101:/marketing/campaigns/black-friday", "fld-200:/product/catalog/footwear", "fld-400:/legal/contracts",
    "fld-310:/brand/logos", "fld-520:/social/instagram/2025"};
  private static final String[] TAGS = {
    "legal", "contract", "black-friday", "video-ad", "footwear", "city", "product-shot", "logo", "social", "summer"};
  private static final String[] EXTENSIONS = {".png", ".mp4", ".pdf"};

  /** A JSON factory shared by the benchmark code (thread-safe, as the runtime's). */
  public static final JsonFactory JSON = new JsonFactory();

  private AssetSamples() {}

  /** {@code count} records from {@code seed}. */
  public static List<Asset> assets(int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Asset> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(asset(i, random));
    }
    return out;
  }

  /** A video with every field set: the single record of the single-record benchmarks. */
  public static Asset typical() {
    return new Asset("ast-1002", "bf-teaser-6s.mp4", "Six-second Black Friday bumper", Asset.Type.VIDEO,
        List.of("black-friday", "video-ad"), 134_478_448L, 1920, 1080,
        "https://dam.example.com/assets/ast-1002/bf-teaser-6s.mp4", 1_735_717_194_585L,
        new Asset.Folder("fld-101", "/marketing/campaigns/black-friday"), null);
  }

  private static Asset asset(int index, SplittableRandom random) {
    Asset.Type type = Asset.Type.values()[random.nextInt(3)];
    String id = "ast-" + (100_000 + index);
    String name = "asset-" + index + "-" + Long.toString(random.nextLong(1L << 40), 36) + EXTENSIONS[type.ordinal()];
    List<String> tags = new ArrayList<>();
    int tagCount = 1 + random.nextInt(4);
    for (int t = 0; t < tagCount; t++) {
      tags.add(TAGS[random.nextInt(TAGS.length)]);
    }
    boolean visual = type != Asset.Type.DOCUMENT;
    String[] folder = FOLDERS[random.nextInt(FOLDERS.length)].split(":", 2);
    return new Asset(id, name, "Description of asset " + index + ", a " + type.name().toLowerCase() + " for the DAM",
        type, List.copyOf(tags), 1_000L + random.nextLong(500_000_000L), visual ? 640 + random.nextInt(3200) : null,
        visual ? 480 + random.nextInt(2000) : null, "https://dam.example.com/assets/" + id + "/" + name,
        1_735_000_000_000L + random.nextLong(30_000_000_000L), new Asset.Folder(folder[0], folder[1]), null);
  }

  /** One JSON object per record, as the generated codec writes it (snake_case, nulls left out). */
  public static String json(Asset asset) {
    StringWriter out = new StringWriter(512);
    try (JsonGenerator generator = JSON.createGenerator(out)) {
      AssetCodec.INSTANCE.encode(asset, generator);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** JSON Lines items: {@code deleteEvery}-th item (1-based; 0 for none) is a delete of the record's key. */
  public static List<String> lines(List<Asset> assets, int deleteEvery) {
    List<String> out = new ArrayList<>(assets.size());
    for (int i = 0; i < assets.size(); i++) {
      Asset asset = assets.get(i);
      out.add(deleteEvery > 0 && (i + 1) % deleteEvery == 0
          ? "{\"asset_id\":\"" + asset.assetId() + "\",\"_isDeleted\":true}"
          : json(asset));
    }
    return out;
  }

  /** The records as one JSON array, the way a batch travels. */
  public static String jsonArray(List<Asset> assets) {
    StringBuilder out = new StringBuilder(assets.size() * 360).append('[');
    for (int i = 0; i < assets.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(json(assets.get(i)));
    }
    return out.append(']').toString();
  }
}
