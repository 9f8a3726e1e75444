package com.acme.feed;

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
 * JSON codec of {@link Author}, generated from its annotations.
 */
@Generated(
    value = "dev.dovetail.processor.DovetailProcessor",
    comments = "codec of schema author"
)
public final class AuthorCodec implements RecordCodec<Author> {
  /**
   * Shared instance; unknown fields are ignored.
   */
  public static final AuthorCodec INSTANCE = new AuthorCodec(UnknownFields.IGNORE);

  private static final List<String> PRIMARY_KEY = List.of("id");

  private static final SerializableString ID_NAME = new SerializedString("id");

  private static final SerializableString NAME_NAME = new SerializedString("name");

  private static final SerializableString MODIFIED_NAME = new SerializedString("modified");

  private final UnknownFields unknownFields;

  /**
   * A codec that applies {@code unknownFields} to fields the schema does not declare.
   */
  public AuthorCodec(UnknownFields unknownFields) {
    this.unknownFields = unknownFields;
  }

  @Override
  public String schemaName() {
    return "author";
  }

  @Override
  public List<String> primaryKey() {
    return PRIMARY_KEY;
  }

  @Override
  public BatchItem<Author> decodeItem(JsonParser parser) throws IOException {
    JsonReaders.expectObject(parser, "author");
    String id = null;
    String name = null;
    long modified = 0L;
    boolean deleted = false;
    for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
      String text = parser.nextToken() == JsonToken.VALUE_STRING ? parser.getText() : null;
      switch (field) {
        case "id" -> id = text != null ? text : JsonReaders.readString(parser, "id");
        case "name" -> name = text != null ? text : JsonReaders.readString(parser, "name");
        case "modified" -> modified = JsonReaders.readLong(parser, "modified");
        case "_isDeleted" -> deleted = JsonReaders.readBoolean(parser, "_isDeleted");
        default -> JsonReaders.unknownField(parser, field, unknownFields);
      }
    }
    if (deleted) {
      return BatchItem.delete(new PrimaryKey(PRIMARY_KEY, JsonReaders.requireKey(id, "id")));
    }
    JsonReaders.requireKey(id, "id");
    Author record = new Author(id, name, modified);
    return BatchItem.upsert(record);
  }

  @Override
  public Author decode(JsonParser parser) throws IOException {
    JsonReaders.expectObject(parser, "author");
    String id = null;
    String name = null;
    long modified = 0L;
    for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
      String text = parser.nextToken() == JsonToken.VALUE_STRING ? parser.getText() : null;
      switch (field) {
        case "id" -> id = text != null ? text : JsonReaders.readString(parser, "id");
        case "name" -> name = text != null ? text : JsonReaders.readString(parser, "name");
        case "modified" -> modified = JsonReaders.readLong(parser, "modified");
        default -> JsonReaders.unknownField(parser, field, unknownFields);
      }
    }
    Author record = new Author(id, name, modified);
    return record;
  }

  @Override
  public PrimaryKey keyOf(Author value) {
    return new PrimaryKey(PRIMARY_KEY, value.id());
  }

  @Override
  public void encode(Author value, JsonGenerator generator) throws IOException {
    generator.writeStartObject();
    if (value.id() != null) {
      generator.writeFieldName(ID_NAME);
      generator.writeString(value.id());
    }
    if (value.name() != null) {
      generator.writeFieldName(NAME_NAME);
      generator.writeString(value.name());
    }
    generator.writeFieldName(MODIFIED_NAME);
    generator.writeNumber(value.modified());
    generator.writeEndObject();
  }
}
