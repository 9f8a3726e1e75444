package com.acme;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.dovetail.runtime.codec.JsonReaders;
import dev.dovetail.runtime.codec.UnknownFields;
import dev.dovetail.runtime.codec.ValueCodec;
import java.io.IOException;
import javax.annotation.processing.Generated;

/**
 * JSON codec of {@link Asset.Folder}, generated from its annotations.
 */
@Generated(
    value = "dev.dovetail.processor.DovetailProcessor",
    comments = "codec of custom type folder"
)
public final class Asset_FolderCodec implements ValueCodec<Asset.Folder> {
  /**
   * Shared instance; unknown fields are ignored.
   */
  public static final Asset_FolderCodec INSTANCE = new Asset_FolderCodec(UnknownFields.IGNORE);

  private static final SerializableString FOLDER_ID_NAME = new SerializedString("folder_id");

  private static final SerializableString PATH_NAME = new SerializedString("path");

  private final UnknownFields unknownFields;

  /**
   * A codec that applies {@code unknownFields} to fields the schema does not declare.
   */
  public Asset_FolderCodec(UnknownFields unknownFields) {
    this.unknownFields = unknownFields;
  }

  @Override
  public Asset.Folder decode(JsonParser parser) throws IOException {
    JsonReaders.expectObject(parser, "folder");
    long folderId = 0L;
    String path = null;
    for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
      String text = parser.nextToken() == JsonToken.VALUE_STRING ? parser.getText() : null;
      switch (field) {
        case "folder_id" -> folderId = JsonReaders.readLong(parser, "folder_id");
        case "path" -> path = text != null ? text : JsonReaders.readString(parser, "path");
        default -> JsonReaders.unknownField(parser, field, unknownFields);
      }
    }
    Asset.Folder record = new Asset.Folder(folderId, path);
    return record;
  }

  @Override
  public void encode(Asset.Folder value, JsonGenerator generator) throws IOException {
    generator.writeStartObject();
    generator.writeFieldName(FOLDER_ID_NAME);
    generator.writeNumber(value.folderId());
    if (value.path() != null) {
      generator.writeFieldName(PATH_NAME);
      generator.writeString(value.path());
    }
    generator.writeEndObject();
  }
}
