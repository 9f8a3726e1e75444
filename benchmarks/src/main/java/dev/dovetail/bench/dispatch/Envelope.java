package dev.dovetail.bench.dispatch;

import dev.dovetail.runtime.DataSync;
import java.util.ArrayList;
import java.util.List;

/**
 * One delivery's worth of JSON Lines for the no-op destination: {@value #SIZE} items (the runner's default batch
 * size), every 20th a delete. Written with a {@code StringBuilder}, not Jackson, so that preparing it loads nothing
 * the cold benchmarks measure.
 */
public final class Envelope {
  public static final int SIZE = 100;
  /** The data sync every benchmark batch carries. */
  public static final DataSync SYNC = new DataSync("bench", "benchmark");
  private static final String[] TYPES = {"IMAGE", "VIDEO", "DOCUMENT"};

  private Envelope() {}

  public static List<String> lines() {
    return lines(SIZE, 0);
  }

  /** {@code count} items with ids from {@code first}. */
  public static List<String> lines(int count, int first) {
    List<String> out = new ArrayList<>(count);
    for (int i = first; i < first + count; i++) {
      out.add(line(i));
    }
    return out;
  }

  /** Item {@code i}: a delete when {@code (i + 1) % 20 == 0}, else an upsert of a full asset. */
  public static String line(int i) {
    String id = "ast-" + (100_000 + i);
    if ((i + 1) % 20 == 0) {
      return "{\"asset_id\":\"" + id + "\",\"_isDeleted\":true}";
    }
    return upsert(i);
  }

  /** An upsert of asset {@code i}, about 330 bytes, shaped like the example's sample records. */
  public static String upsert(int i) {
    String id = "ast-" + (100_000 + i);
    String type = TYPES[i % 3];
    String name = "asset-" + i + (type.equals("IMAGE") ? ".png" : type.equals("VIDEO") ? ".mp4" : ".pdf");
    StringBuilder b = new StringBuilder(400)
        .append("{\"asset_id\":\"").append(id)
        .append("\",\"name\":\"").append(name)
        .append("\",\"description\":\"Description of asset ").append(i).append(", a ").append(type.toLowerCase())
        .append(" for the DAM\",\"type\":\"").append(type)
        .append("\",\"tags\":[\"summer\",\"product-shot\"").append(i % 2 == 0 ? ",\"social\"" : "")
        .append("],\"file_size\":").append(1_000L + i * 7_919L);
    if (!type.equals("DOCUMENT")) {
      b.append(",\"width\":").append(640 + i % 3200).append(",\"height\":").append(480 + i % 2000);
    }
    return b.append(",\"url\":\"https://dam.example.com/assets/").append(id).append('/').append(name)
        .append("\",\"created_at\":").append(1_735_000_000_000L + i * 1_000L)
        .append(",\"folder\":{\"folder_id\":\"fld-").append(100 + i % 5)
        .append("\",\"path\":\"/marketing/campaigns/folder-").append(i % 5).append("\"}}")
        .toString();
  }
}
