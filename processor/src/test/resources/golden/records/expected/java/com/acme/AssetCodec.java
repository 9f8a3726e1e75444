package com.acme;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.dovetail.runtime.BatchItem;
import dev.dovetail.runtime.PrimaryKey;
import dev.dovetail.runtime.codec.ElementReaders;
import dev.dovetail.runtime.codec.JsonReaders;
import dev.dovetail.runtime.codec.JsonWriters;
import dev.dovetail.runtime.codec.RecordCodec;
import dev.dovetail.runtime.codec.RecordDecodeException;
import dev.dovetail.runtime.codec.UnknownFields;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * JSON codec of {@link Asset}, generated from its annotations.
 */
@Generated(
    value = "dev.dovetail.processor.DovetailProcessor",
    comments = "codec of schema asset"
)
public final class AssetCodec implements RecordCodec<Asset> {
  /**
   * Shared instance; unknown fields are ignored.
   */
  public static final AssetCodec INSTANCE = new AssetCodec(UnknownFields.IGNORE);

  private static final List<String> PRIMARY_KEY = List.of("asset_id");

  private static final SerializableString ASSET_ID_NAME = new SerializedString("asset_id");

  private static final SerializableString NAME_NAME = new SerializedString("name");

  private static final SerializableString TYPE_NAME = new SerializedString("type");

  private static final SerializableString TAGS_NAME = new SerializedString("tags");

  private static final SerializableString FILE_SIZE_NAME = new SerializedString("file_size");

  private static final SerializableString FOLDER_NAME = new SerializedString("folder");

  private static final SerializableString VERSIONS_NAME = new SerializedString("versions");

  private static final SerializableString RELATED_NAME = new SerializedString("related");

  private static final SerializableString RENDITIONS_NAME = new SerializedString("renditions");

  private static final SerializableString URL_NAME = new SerializedString("url");

  private final UnknownFields unknownFields;

  private final Asset_FolderCodec folderCodec;

  private final RenditionCodec renditionCodec;

  /**
   * A codec that applies {@code unknownFields} to fields the schema does not declare.
   */
  public AssetCodec(UnknownFields unknownFields) {
    this.unknownFields = unknownFields;
    this.folderCodec = unknownFields == UnknownFields.IGNORE ? Asset_FolderCodec.INSTANCE : new Asset_FolderCodec(unknownFields);
    this.renditionCodec = unknownFields == UnknownFields.IGNORE ? RenditionCodec.INSTANCE : new RenditionCodec(unknownFields);
  }

  @Override
  public String schemaName() {
    return "asset";
  }

  @Override
  public List<String> primaryKey() {
    return PRIMARY_KEY;
  }

  @Override
  public BatchItem<Asset> decodeItem(JsonParser parser) throws IOException {
    JsonReaders.expectObject(parser, "asset");
    String assetId = null;
    String name = null;
    Asset.AssetType type = null;
    List<String> tags = null;
    long fileSize = 0L;
    Asset.Folder folder = null;
    int[] versionNumbers = null;
    Set<Long> related = null;
    List<Rendition> renditions = null;
    String url = null;
    boolean deleted = false;
    for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
      String text = parser.nextToken() == JsonToken.VALUE_STRING ? parser.getText() : null;
      switch (field) {
        case "asset_id" -> assetId = text != null ? text : JsonReaders.readString(parser, "asset_id");
        case "name" -> name = text != null ? text : JsonReaders.readString(parser, "name");
        case "type" -> type = text != null ? toAssetAssetType(text, "type") : readAssetAssetType(parser, "type");
        case "tags" -> tags = JsonReaders.readList(parser, "tags", ElementReaders.STRING);
        case "file_size" -> fileSize = JsonReaders.readLong(parser, "file_size");
        case "folder" -> folder = folderCodec.read(parser, "folder");
        case "versions" -> versionNumbers = JsonReaders.readIntArray(parser, "versions");
        case "related" -> related = JsonReaders.readSet(parser, "related", ElementReaders.LONG);
        case "renditions" -> renditions = JsonReaders.readList(parser, "renditions", renditionCodec);
        case "url" -> url = text != null ? text : JsonReaders.readString(parser, "url");
        case "_isDeleted" -> deleted = JsonReaders.readBoolean(parser, "_isDeleted");
        default -> JsonReaders.unknownField(parser, field, unknownFields);
      }
    }
    if (deleted) {
      return BatchItem.delete(new PrimaryKey(PRIMARY_KEY, JsonReaders.requireKey(assetId, "asset_id")));
    }
    JsonReaders.requireKey(assetId, "asset_id");
    Asset record = new Asset(assetId, name, type, tags, fileSize, folder, versionNumbers, related, renditions, url, null);
    return BatchItem.upsert(record);
  }

  @Override
  public Asset decode(JsonParser parser) throws IOException {
    JsonReaders.expectObject(parser, "asset");
    String assetId = null;
    String name = null;
    Asset.AssetType type = null;
    List<String> tags = null;
    long fileSize = 0L;
    Asset.Folder folder = null;
    int[] versionNumbers = null;
    Set<Long> related = null;
    List<Rendition> renditions = null;
    String url = null;
    for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
      String text = parser.nextToken() == JsonToken.VALUE_STRING ? parser.getText() : null;
      switch (field) {
        case "asset_id" -> assetId = text != null ? text : JsonReaders.readString(parser, "asset_id");
        case "name" -> name = text != null ? text : JsonReaders.readString(parser, "name");
        case "type" -> type = text != null ? toAssetAssetType(text, "type") : readAssetAssetType(parser, "type");
        case "tags" -> tags = JsonReaders.readList(parser, "tags", ElementReaders.STRING);
        case "file_size" -> fileSize = JsonReaders.readLong(parser, "file_size");
        case "folder" -> folder = folderCodec.read(parser, "folder");
        case "versions" -> versionNumbers = JsonReaders.readIntArray(parser, "versions");
        case "related" -> related = JsonReaders.readSet(parser, "related", ElementReaders.LONG);
        case "renditions" -> renditions = JsonReaders.readList(parser, "renditions", renditionCodec);
        case "url" -> url = text != null ? text : JsonReaders.readString(parser, "url");
        default -> JsonReaders.unknownField(parser, field, unknownFields);
      }
    }
    Asset record = new Asset(assetId, name, type, tags, fileSize, folder, versionNumbers, related, renditions, url, null);
    return record;
  }

  @Override
  public PrimaryKey keyOf(Asset value) {
    return new PrimaryKey(PRIMARY_KEY, value.assetId());
  }

  @Override
  public void encode(Asset value, JsonGenerator generator) throws IOException {
    generator.writeStartObject();
    if (value.assetId() != null) {
      generator.writeFieldName(ASSET_ID_NAME);
      generator.writeString(value.assetId());
    }
    if (value.name() != null) {
      generator.writeFieldName(NAME_NAME);
      generator.writeString(value.name());
    }
    if (value.type() != null) {
      generator.writeFieldName(TYPE_NAME);
      generator.writeString(value.type().name());
    }
    if (value.tags() != null) {
      generator.writeFieldName(TAGS_NAME);
      generator.writeStartArray();
      for (String element : value.tags()) {
        if (element == null) {
          generator.writeNull();
        } else {
          generator.writeString(element);
        }
      }
      generator.writeEndArray();
    }
    generator.writeFieldName(FILE_SIZE_NAME);
    generator.writeNumber(value.fileSize());
    if (value.folder() != null) {
      generator.writeFieldName(FOLDER_NAME);
      folderCodec.encode(value.folder(), generator);
    }
    if (value.versionNumbers() != null) {
      generator.writeFieldName(VERSIONS_NAME);
      JsonWriters.writeArray(value.versionNumbers(), generator);
    }
    if (value.related() != null) {
      generator.writeFieldName(RELATED_NAME);
      generator.writeStartArray();
      for (Long element : value.related()) {
        if (element == null) {
          generator.writeNull();
        } else {
          generator.writeNumber(element);
        }
      }
      generator.writeEndArray();
    }
    if (value.renditions() != null) {
      generator.writeFieldName(RENDITIONS_NAME);
      generator.writeStartArray();
      for (Rendition element : value.renditions()) {
        if (element == null) {
          generator.writeNull();
        } else {
          renditionCodec.encode(element, generator);
        }
      }
      generator.writeEndArray();
    }
    if (value.url() != null) {
      generator.writeFieldName(URL_NAME);
      generator.writeString(value.url());
    }
    generator.writeEndObject();
  }

  private static Asset.AssetType readAssetAssetType(JsonParser parser, String field) throws
      IOException {
    String name = JsonReaders.readString(parser, field);
    return name == null ? null : toAssetAssetType(name, field);
  }

  private static Asset.AssetType toAssetAssetType(String name, String field) throws
      RecordDecodeException {
    Asset.AssetType value = lookupAssetAssetType(name);
    if (value == null) {
      throw new RecordDecodeException(field, "'" + name + "' is not one of " + "IMAGE, VIDEO, DOCUMENT");
    }
    return value;
  }

  private static Asset.AssetType lookupAssetAssetType(String name) {
    return switch (name) {
      case "IMAGE" -> Asset.AssetType.IMAGE;
      case "VIDEO" -> Asset.AssetType.VIDEO;
      case "DOCUMENT" -> Asset.AssetType.DOCUMENT;
      default -> null;
    };
  }
}
