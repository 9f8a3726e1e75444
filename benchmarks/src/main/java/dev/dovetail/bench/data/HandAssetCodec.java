package dev.dovetail.bench.data;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.dovetail.example.Asset;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a careful developer writes by hand with Jackson's streaming API for {@link Asset}: the practical limit of
 * the benchmarks. It trusts its input more than the generated codec does (no lenient scalars, no error context, no
 * delete items), and uses Jackson's fast paths: {@code nextFieldName()} when reading, pre-encoded
 * {@link SerializedString} field names when writing (what databind's serializers use too).
 */
public final class HandAssetCodec {
  private static final SerializedString ASSET_ID = new SerializedString("asset_id");
  private static final SerializedString NAME = new SerializedString("name");
  private static final SerializedString DESCRIPTION = new SerializedString("description");
  private static final SerializedString TYPE = new SerializedString("type");
  private static final SerializedString TAGS = new SerializedString("tags");
  private static final SerializedString FILE_SIZE = new SerializedString("file_size");
  private static final SerializedString WIDTH = new SerializedString("width");
  private static final SerializedString HEIGHT = new SerializedString("height");
  private static final SerializedString URL = new SerializedString("url");
  private static final SerializedString CREATED_AT = new SerializedString("created_at");
  private static final SerializedString FOLDER = new SerializedString("folder");
  private static final SerializedString FOLDER_ID = new SerializedString("folder_id");
  private static final SerializedString PATH = new SerializedString("path");

  private HandAssetCodec() {}

  /** Reads the object the parser is on (current token START_OBJECT). */
  public static Asset decode(JsonParser p) throws IOException {
    String assetId = null;
    String name = null;
    String description = null;
    Asset.Type type = null;
    List<String> tags = null;
    long fileSize = 0;
    Integer width = null;
    Integer height = null;
    String url = null;
    long createdAt = 0;
    Asset.Folder folder = null;
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      JsonToken token = p.nextToken();
      boolean isNull = token == JsonToken.VALUE_NULL;
      switch (field) {
        case "asset_id" -> assetId = isNull ? null : p.getText();
        case "name" -> name = isNull ? null : p.getText();
        case "description" -> description = isNull ? null : p.getText();
        case "type" -> type = isNull ? null : Asset.Type.valueOf(p.getText());
        case "tags" -> tags = isNull ? null : strings(p);
        case "file_size" -> fileSize = isNull ? 0 : p.getLongValue();
        case "width" -> width = isNull ? null : p.getIntValue();
        case "height" -> height = isNull ? null : p.getIntValue();
        case "url" -> url = isNull ? null : p.getText();
        case "created_at" -> createdAt = isNull ? 0 : p.getLongValue();
        case "folder" -> folder = isNull ? null : folder(p);
        default -> p.skipChildren();
      }
    }
    return new Asset(assetId, name, description, type, tags, fileSize, width, height, url, createdAt, folder, null);
  }

  private static List<String> strings(JsonParser p) throws IOException {
    List<String> out = new ArrayList<>();
    for (JsonToken token = p.nextToken(); token != JsonToken.END_ARRAY; token = p.nextToken()) {
      out.add(token == JsonToken.VALUE_NULL ? null : p.getText());
    }
    return out;
  }

  private static Asset.Folder folder(JsonParser p) throws IOException {
    String folderId = null;
    String path = null;
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      JsonToken token = p.nextToken();
      boolean isNull = token == JsonToken.VALUE_NULL;
      switch (field) {
        case "folder_id" -> folderId = isNull ? null : p.getText();
        case "path" -> path = isNull ? null : p.getText();
        default -> p.skipChildren();
      }
    }
    return new Asset.Folder(folderId, path);
  }

  /** Writes the record as the generated codec does: snake_case names, nulls left out. */
  public static void encode(Asset a, JsonGenerator g) throws IOException {
    g.writeStartObject();
    if (a.assetId() != null) {
      g.writeFieldName(ASSET_ID);
      g.writeString(a.assetId());
    }
    if (a.name() != null) {
      g.writeFieldName(NAME);
      g.writeString(a.name());
    }
    if (a.description() != null) {
      g.writeFieldName(DESCRIPTION);
      g.writeString(a.description());
    }
    if (a.type() != null) {
      g.writeFieldName(TYPE);
      g.writeString(a.type().name());
    }
    if (a.tags() != null) {
      g.writeFieldName(TAGS);
      g.writeStartArray();
      for (String tag : a.tags()) {
        g.writeString(tag);
      }
      g.writeEndArray();
    }
    g.writeFieldName(FILE_SIZE);
    g.writeNumber(a.fileSize());
    if (a.width() != null) {
      g.writeFieldName(WIDTH);
      g.writeNumber(a.width().intValue());
    }
    if (a.height() != null) {
      g.writeFieldName(HEIGHT);
      g.writeNumber(a.height().intValue());
    }
    if (a.url() != null) {
      g.writeFieldName(URL);
      g.writeString(a.url());
    }
    g.writeFieldName(CREATED_AT);
    g.writeNumber(a.createdAt());
    if (a.folder() != null) {
      g.writeFieldName(FOLDER);
      g.writeStartObject();
      if (a.folder().folderId() != null) {
        g.writeFieldName(FOLDER_ID);
        g.writeString(a.folder().folderId());
      }
      if (a.folder().path() != null) {
        g.writeFieldName(PATH);
        g.writeString(a.folder().path());
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }
}
