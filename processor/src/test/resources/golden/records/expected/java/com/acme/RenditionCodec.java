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
 * JSON codec of {@link Rendition}, generated from its annotations.
 */
@Generated(
    value = "dev.dovetail.processor.DovetailProcessor",
    comments = "codec of custom type rendition"
)
public final class RenditionCodec implements ValueCodec<Rendition> {
  /**
   * Shared instance; unknown fields are ignored.
   */
  public static final RenditionCodec INSTANCE = new RenditionCodec(UnknownFields.IGNORE);

  private static final SerializableString SIZE_NAME = new SerializedString("size");

  private static final SerializableString WIDTH_NAME = new SerializedString("width");

  private static final SerializableString HEIGHT_NAME = new SerializedString("height");

  private static final SerializableString FOLDER_NAME = new SerializedString("folder");

  private final UnknownFields unknownFields;

  private final Asset_FolderCodec folderCodec;

  /**
   * A codec that applies {@code unknownFields} to fields the schema does not declare.
   */
  public RenditionCodec(UnknownFields unknownFields) {
    this.unknownFields = unknownFields;
    this.folderCodec = unknownFields == UnknownFields.IGNORE ? Asset_FolderCodec.INSTANCE : new Asset_FolderCodec(unknownFields);
  }

  @Override
  public Rendition decode(JsonParser parser) throws IOException {
    JsonReaders.expectObject(parser, "rendition");
    String size = null;
    Integer width = null;
    Integer height = null;
    Asset.Folder folder = null;
    for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
      String text = parser.nextToken() == JsonToken.VALUE_STRING ? parser.getText() : null;
      switch (field) {
        case "size" -> size = text != null ? text : JsonReaders.readString(parser, "size");
        case "width" -> width = JsonReaders.readIntObject(parser, "width");
        case "height" -> height = JsonReaders.readIntObject(parser, "height");
        case "folder" -> folder = folderCodec.read(parser, "folder");
        default -> JsonReaders.unknownField(parser, field, unknownFields);
      }
    }
    Rendition record = new Rendition(size, width, height, folder);
    return record;
  }

  @Override
  public void encode(Rendition value, JsonGenerator generator) throws IOException {
    generator.writeStartObject();
    if (value.size() != null) {
      generator.writeFieldName(SIZE_NAME);
      generator.writeString(value.size());
    }
    if (value.width() != null) {
      generator.writeFieldName(WIDTH_NAME);
      generator.writeNumber(value.width());
    }
    if (value.height() != null) {
      generator.writeFieldName(HEIGHT_NAME);
      generator.writeNumber(value.height());
    }
    if (value.folder() != null) {
      generator.writeFieldName(FOLDER_NAME);
      folderCodec.encode(value.folder(), generator);
    }
    generator.writeEndObject();
  }
}
