package dev.dovetail.bench.mains;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.dovetail.bench.data.AssetSamples;
import dev.dovetail.bench.dispatch.Envelope;
import dev.dovetail.bench.report.Row;
import dev.dovetail.bench.report.Rows;
import dev.dovetail.example.Asset;
import dev.dovetail.example.AssetDestination;
import dev.dovetail.example.AssetTable;
import dev.dovetail.runtime.Batch;
import dev.dovetail.runtime.BatchItem;
import dev.dovetail.runtime.DeliverResult;
import dev.dovetail.runtime.Settings;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Comparison 5, database sink: {@code --rows} asset records (default 20,000) written to a new SQLite file in
 * transactions of {@code --batch} rows (default 100, the runner's batch size) by the example's
 * {@link AssetDestination#deliver}, against the limit: raw JDBC on one connection, the same upsert statement with
 * {@code addBatch}/{@code executeBatch}, one commit per batch. Neither side decodes JSON: both get the same records.
 * Alternating runs in this JVM, each into a fresh database file in {@code --dir} (default: a temporary folder).
 */
public final class SqliteSink {
  /** The statement {@code AssetTable} runs (it is package-private there): the same SQL on both sides. */
  static final String UPSERT = "INSERT INTO assets (asset_id, name, description, type, tags, file_size, width, height,"
      + " url, created_at, folder_id, folder_path, synced_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
      + " ON CONFLICT (asset_id) DO UPDATE SET name = excluded.name, description = excluded.description,"
      + " type = excluded.type, tags = excluded.tags, file_size = excluded.file_size, width = excluded.width,"
      + " height = excluded.height, url = excluded.url, created_at = excluded.created_at,"
      + " folder_id = excluded.folder_id, folder_path = excluded.folder_path, synced_at = excluded.synced_at";

  private SqliteSink() {}

  public static void main(String[] args) throws Exception {
    int rows = Runs.intOption(args, "rows", 20_000);
    int batchSize = Runs.intOption(args, "batch", 100);
    int pairs = Runs.intOption(args, "pairs", 3);
    int warmups = Runs.intOption(args, "warmups", 1);
    Path out = Path.of(Runs.option(args, "out", "benchmarks/results/main-sqlite.json"));
    String dirOption = Runs.option(args, "dir", null);
    Path dir = dirOption == null ? Files.createTempDirectory("dovetail-bench-sqlite") : Files.createDirectories(Path.of(dirOption));

    List<Asset> assets = AssetSamples.assets(rows, 11);
    List<List<Asset>> batches = new ArrayList<>();
    for (int i = 0; i < rows; i += batchSize) {
      batches.add(assets.subList(i, Math.min(rows, i + batchSize)));
    }
    int[] run = {0};
    try {
      Runs.Paired result = Runs.alternate(warmups, pairs,
          () -> destination(dir.resolve("destination-" + run[0]++ + ".db"), batches, rows),
          () -> rawJdbc(dir.resolve("raw-" + run[0]++ + ".db"), batches, rows),
          "sqlite");
      String what = String.format("%,d rows, %,d per transaction", rows, batchSize);
      Rows.write(out, List.of(Row.measured("5", "Database sink: AssetDestination → SQLite file (" + what + ")",
          rate(rows, result.medianA()) + ", " + result.spread(true, s -> String.format("%.2f s", s)),
          "raw JDBC batch upsert, one connection (limit): " + rate(rows, result.medianB()) + ", "
              + result.spread(false, s -> String.format("%.2f s", s)),
          result.ratio(), result.ratioError(), Row.Goal.atLeast(0.6, "raw JDBC"))));
    } finally {
      if (dirOption == null) {
        deleteAll(dir);
      }
    }
  }

  /** Seconds for the example destination to deliver every batch (ready() not counted: it runs once per run). */
  static double destination(Path file, List<List<Asset>> batches, int rows) throws Exception {
    Settings.install(Map.of("sqlite.path", file.toString()));
    AssetDestination destination = new AssetDestination();
    if (!destination.ready().ready()) {
      throw new IllegalStateException("asset_sqlite not ready for " + file);
    }
    List<Batch<Asset>> prepared = new ArrayList<>(batches.size());
    for (List<Asset> batch : batches) {
      List<BatchItem<Asset>> items = new ArrayList<>(batch.size());
      for (Asset asset : batch) {
        items.add(BatchItem.upsert(asset));
      }
      prepared.add(new Batch<>(items, 1, Envelope.SYNC));
    }
    long start = System.nanoTime();
    for (Batch<Asset> batch : prepared) {
      DeliverResult result = destination.deliver(batch);
      if (!result.success()) {
        throw new IllegalStateException("deliver failed: " + result.failureReason());
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    check(file, rows);
    return seconds;
  }

  /** Seconds for raw JDBC: one connection, the same upsert, addBatch/executeBatch and a commit per batch. */
  static double rawJdbc(Path file, List<List<Asset>> batches, int rows) throws Exception {
    try (Connection setup = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      AssetTable.create(setup);
    }
    long start = System.nanoTime();
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      connection.setAutoCommit(false);
      long syncedAt = System.currentTimeMillis();
      try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
        for (List<Asset> batch : batches) {
          for (Asset a : batch) {
            upsert.setString(1, a.assetId());
            upsert.setString(2, a.name());
            upsert.setString(3, a.description());
            upsert.setString(4, a.type() == null ? null : a.type().name());
            upsert.setString(5, a.tags() == null ? null : tags(a.tags()));
            upsert.setLong(6, a.fileSize());
            setInteger(upsert, 7, a.width());
            setInteger(upsert, 8, a.height());
            upsert.setString(9, a.url());
            upsert.setLong(10, a.createdAt());
            upsert.setString(11, a.folder() == null ? null : a.folder().folderId());
            upsert.setString(12, a.folder() == null ? null : a.folder().path());
            upsert.setLong(13, syncedAt);
            upsert.addBatch();
          }
          upsert.executeBatch();
          connection.commit();
        }
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    check(file, rows);
    return seconds;
  }

  private static String tags(List<String> tags) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = AssetSamples.JSON.createGenerator(out)) {
      generator.writeStartArray();
      for (String tag : tags) {
        generator.writeString(tag);
      }
      generator.writeEndArray();
    }
    return out.toString();
  }

  private static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.INTEGER);
    } else {
      statement.setInt(index, value);
    }
  }

  private static void check(Path file, int rows) throws SQLException, IOException {
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement();
        ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM assets")) {
      count.next();
      if (count.getInt(1) != rows) {
        throw new IllegalStateException(file + " holds " + count.getInt(1) + " rows, expected " + rows);
      }
    }
    Files.deleteIfExists(file);
  }

  static String rate(long rows, double seconds) {
    return String.format("%,.0f rows/s", rows / seconds);
  }

  static void deleteAll(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
