package com.acme.crm;

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
 * JSON codec of {@link Person}, generated from its annotations.
 */
@Generated(
    value = "dev.dovetail.processor.DovetailProcessor",
    comments = "codec of schema person"
)
public final class PersonCodec implements RecordCodec<Person> {
  /**
   * Shared instance; unknown fields are ignored.
   */
  public static final PersonCodec INSTANCE = new PersonCodec(UnknownFields.IGNORE);

  private static final List<String> PRIMARY_KEY = List.of("id");

  private static final SerializableString ID_NAME = new SerializedString("id");

  private static final SerializableString NAME_NAME = new SerializedString("name");

  private static final SerializableString EMAIL_NAME = new SerializedString("email");

  private static final SerializableString MODIFIED_NAME = new SerializedString("modified");

  private final UnknownFields unknownFields;

  /**
   * A codec that applies {@code unknownFields} to fields the schema does not declare.
   */
  public PersonCodec(UnknownFields unknownFields) {
    this.unknownFields = unknownFields;
  }

  @Override
  public String schemaName() {
    return "person";
  }

  @Override
  public List<String> primaryKey() {
    return PRIMARY_KEY;
  }

  @Override
  public BatchItem<Person> decodeItem(JsonParser parser) throws IOException {
    JsonReaders.expectObject(parser, "person");
    String id = null;
    String name = null;
    String email = null;
    long modified = 0L;
    boolean deleted = false;
    for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
      String text = parser.nextToken() == JsonToken.VALUE_STRING ? parser.getText() : null;
      switch (field) {
        case "id" -> id = text != null ? text : JsonReaders.readString(parser, "id");
        case "name" -> name = text != null ? text : JsonReaders.readString(parser, "name");
        case "email" -> email = text != null ? text : JsonReaders.readString(parser, "email");
        case "modified" -> modified = JsonReaders.readLong(parser, "modified");
        case "_isDeleted" -> deleted = JsonReaders.readBoolean(parser, "_isDeleted");
        default -> JsonReaders.unknownField(parser, field, unknownFields);
      }
    }
    if (deleted) {
      return BatchItem.delete(new PrimaryKey(PRIMARY_KEY, JsonReaders.requireKey(id, "id")));
    }
    JsonReaders.requireKey(id, "id");
    Person record = new Person(id, name, email, modified);
    return BatchItem.upsert(record);
  }

  @Override
  public Person decode(JsonParser parser) throws IOException {
    JsonReaders.expectObject(parser, "person");
    String id = null;
    String name = null;
    String email = null;
    long modified = 0L;
    for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
      String text = parser.nextToken() == JsonToken.VALUE_STRING ? parser.getText() : null;
      switch (field) {
        case "id" -> id = text != null ? text : JsonReaders.readString(parser, "id");
        case "name" -> name = text != null ? text : JsonReaders.readString(parser, "name");
        case "email" -> email = text != null ? text : JsonReaders.readString(parser, "email");
        case "modified" -> modified = JsonReaders.readLong(parser, "modified");
        default -> JsonReaders.unknownField(parser, field, unknownFields);
      }
    }
    Person record = new Person(id, name, email, modified);
    return record;
  }

  @Override
  public PrimaryKey keyOf(Person value) {
    return new PrimaryKey(PRIMARY_KEY, value.id());
  }

  @Override
  public void encode(Person value, JsonGenerator generator) throws IOException {
    generator.writeStartObject();
    if (value.id() != null) {
      generator.writeFieldName(ID_NAME);
      generator.writeString(value.id());
    }
    if (value.name() != null) {
      generator.writeFieldName(NAME_NAME);
      generator.writeString(value.name());
    }
    if (value.email() != null) {
      generator.writeFieldName(EMAIL_NAME);
      generator.writeString(value.email());
    }
    generator.writeFieldName(MODIFIED_NAME);
    generator.writeNumber(value.modified());
    generator.writeEndObject();
  }
}
