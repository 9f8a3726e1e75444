package com.acme.mail;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.dovetail.runtime.BatchItem;
import dev.dovetail.runtime.PrimaryKey;
import dev.dovetail.runtime.codec.JsonReaders;
import dev.dovetail.runtime.codec.RecordCodec;
import dev.dovetail.runtime.codec.UnknownFields;
import java.io.IOException;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * JSON codec of {@link Tag}, generated from its annotations.
 */
@Generated(
    value = "dev.dovetail.processor.DovetailProcessor",
    comments = "codec of schema tag"
)
public final class TagCodec implements RecordCodec<Tag> {
  /**
   * Shared instance; unknown fields are ignored.
   */
  public static final TagCodec INSTANCE = new TagCodec(UnknownFields.IGNORE);

  private static final List<String> PRIMARY_KEY = List.of("name");

  private static final SerializableString NAME_NAME = new SerializedString("name");

  private final UnknownFields unknownFields;

  /**
   * A codec that applies {@code unknownFields} to fields the schema does not declare.
   */
  public TagCodec(UnknownFields unknownFields) {
    this.unknownFields = unknownFields;
  }

  @Override
  public String schemaName() {
    return "tag";
  }

  @Override
  public List<String> primaryKey() {
    return PRIMARY_KEY;
  }

  @Override
  public BatchItem<Tag> decodeItem(JsonParser parser) throws IOException {
    JsonReaders.expectObject(parser, "tag");
    String name = null;
    boolean deleted = false;
    for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
      String text = parser.nextToken() == JsonToken.VALUE_STRING ? parser.getText() : null;
      switch (field) {
        case "name" -> name = text != null ? text : JsonReaders.readString(parser, "name");
        case "_isDeleted" -> deleted = JsonReaders.readBoolean(parser, "_isDeleted");
        default -> JsonReaders.unknownField(parser, field, unknownFields);
      }
    }
    if (deleted) {
      return BatchItem.delete(new PrimaryKey(PRIMARY_KEY, JsonReaders.requireKey(name, "name")));
    }
    JsonReaders.requireKey(name, "name");
    Tag record = new Tag(name);
    return BatchItem.upsert(record);
  }

  @Override
  public Tag decode(JsonParser parser) throws IOException {
    JsonReaders.expectObject(parser, "tag");
    String name = null;
    for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
      String text = parser.nextToken() == JsonToken.VALUE_STRING ? parser.getText() : null;
      switch (field) {
        case "name" -> name = text != null ? text : JsonReaders.readString(parser, "name");
        default -> JsonReaders.unknownField(parser, field, unknownFields);
      }
    }
    Tag record = new Tag(name);
    return record;
  }

  @Override
  public PrimaryKey keyOf(Tag value) {
    return new PrimaryKey(PRIMARY_KEY, value.name());
  }

  @Override
  public void encode(Tag value, JsonGenerator generator) throws IOException {
    generator.writeStartObject();
    if (value.name() != null) {
      generator.writeFieldName(NAME_NAME);
      generator.writeString(value.name());
    }
    generator.writeEndObject();
  }
}
