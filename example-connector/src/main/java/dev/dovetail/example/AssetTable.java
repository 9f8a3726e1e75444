package dev.dovetail.example;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.dovetail.runtime.codec.ElementReaders;
import dev.dovetail.runtime.codec.ElementWriters;
import dev.dovetail.runtime.codec.JsonReaders;
import dev.dovetail.runtime.codec.JsonWriters;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The {@code assets} table and the statements {@link AssetDestination} runs on it. The SQL is portable: SQLite
 * (3.24 or later, for {@code ON CONFLICT ... DO UPDATE}) and PostgreSQL both accept it.
 *
 * <p>One row per asset: {@code tags} as JSON array text, the folder as two columns, {@code synced_at} in epoch
 * milliseconds. {@code name} is {@code NOT NULL}: an upsert without a name is rejected by the database, which fails
 * its batch.
 */
public final class AssetTable implements KeyedTable<Asset> {
  public static final String NAME = "assets";

  /** The table as {@link TableWriter} writes it. */
  static final AssetTable INSTANCE = new AssetTable();

  static final String CREATE = """
      CREATE TABLE IF NOT EXISTS assets (
        asset_id    TEXT PRIMARY KEY,
        name        TEXT NOT NULL,
        description TEXT,
        type        VARCHAR(16),
        tags        TEXT,
        file_size   BIGINT NOT NULL,
        width       INTEGER,
        height      INTEGER,
        url         TEXT,
        created_at  BIGINT NOT NULL,
        folder_id   TEXT,
        folder_path TEXT,
        synced_at   BIGINT NOT NULL
      )""";

  private static final String COLUMNS =
      "asset_id, name, description, type, tags, file_size, width, height, url, created_at, folder_id, folder_path, synced_at";

  static final String UPSERT = "INSERT INTO assets (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
      + " ON CONFLICT (asset_id) DO UPDATE SET name = excluded.name, description = excluded.description,"
      + " type = excluded.type, tags = excluded.tags, file_size = excluded.file_size, width = excluded.width,"
      + " height = excluded.height, url = excluded.url, created_at = excluded.created_at,"
      + " folder_id = excluded.folder_id, folder_path = excluded.folder_path, synced_at = excluded.synced_at";

  static final String DELETE = "DELETE FROM assets WHERE asset_id = ?";

  private static final String FIND = "SELECT " + COLUMNS + " FROM assets WHERE asset_id = ?";

  private static final JsonFactory JSON = new JsonFactory();

  private AssetTable() {}

  /** Creates the table when it does not exist yet. */
  public static void create(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(CREATE);
    }
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String keyColumn() {
    return "asset_id";
  }

  @Override
  public void createIfMissing(Connection connection) throws SQLException {
    create(connection);
  }

  @Override
  public String upsertSql() {
    return UPSERT;
  }

  @Override
  public String deleteSql() {
    return DELETE;
  }

  @Override
  public Object keyOf(Asset asset) {
    return asset.assetId();
  }

  /** Binds {@code asset} to {@link #UPSERT}; every column is written, so an upsert replaces the whole row. */
  @Override
  public void bindUpsert(PreparedStatement upsert, Asset asset, long syncedAtMillis) throws SQLException {
    upsert.setString(1, asset.assetId());
    upsert.setString(2, asset.name());
    upsert.setString(3, asset.description());
    upsert.setString(4, asset.type() == null ? null : asset.type().name());
    upsert.setString(5, asset.tags() == null ? null : tagsToJson(asset.tags()));
    upsert.setLong(6, asset.fileSize());
    setInteger(upsert, 7, asset.width());
    setInteger(upsert, 8, asset.height());
    upsert.setString(9, asset.url());
    upsert.setLong(10, asset.createdAt());
    upsert.setString(11, asset.folder() == null ? null : asset.folder().folderId());
    upsert.setString(12, asset.folder() == null ? null : asset.folder().path());
    upsert.setLong(13, syncedAtMillis);
  }

  @Override
  public void bindDelete(PreparedStatement delete, Object assetId) throws SQLException {
    delete.setString(1, (String) assetId);
  }

  /** The stored asset, with {@link Asset#syncedAt()} set, or empty. */
  public static Optional<Asset> find(Connection connection, String assetId) throws SQLException {
    try (PreparedStatement find = connection.prepareStatement(FIND)) {
      find.setString(1, assetId);
      try (ResultSet row = find.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        String type = row.getString("type");
        String tags = row.getString("tags");
        String folderId = row.getString("folder_id");
        String folderPath = row.getString("folder_path");
        Asset.Folder folder = folderId == null && folderPath == null ? null : new Asset.Folder(folderId, folderPath);
        return Optional.of(new Asset(
            row.getString("asset_id"),
            row.getString("name"),
            row.getString("description"),
            type == null ? null : Asset.Type.valueOf(type),
            tags == null ? null : tagsFromJson(tags),
            row.getLong("file_size"),
            getInteger(row, "width"),
            getInteger(row, "height"),
            row.getString("url"),
            row.getLong("created_at"),
            folder,
            Instant.ofEpochMilli(row.getLong("synced_at"))));
      }
    }
  }

  /** {@code ["a","b"]}, written with the runtime's JSON writers. */
  static String tagsToJson(List<String> tags) {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = JSON.createGenerator(out)) {
      JsonWriters.writeCollection(tags, generator, ElementWriters.STRING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static List<String> tagsFromJson(String json) throws SQLException {
    try (JsonParser parser = JSON.createParser(json)) {
      parser.nextToken();
      return JsonReaders.readList(parser, "tags", ElementReaders.STRING);
    } catch (IOException e) {
      throw new SQLException("column tags does not hold a JSON array of strings: " + json, e);
    }
  }

  private static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.INTEGER);
    } else {
      statement.setInt(index, value);
    }
  }

  private static Integer getInteger(ResultSet row, String column) throws SQLException {
    int value = row.getInt(column);
    return row.wasNull() ? null : value;
  }
}
