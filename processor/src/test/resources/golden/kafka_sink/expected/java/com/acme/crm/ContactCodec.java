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
 * JSON codec of {@link Contact}, generated from its annotations.
 */
@Generated(
    value = "dev.dovetail.processor.DovetailProcessor",
    comments = "codec of schema contact"
)
public final class ContactCodec implements RecordCodec<Contact> {
  /**
   * Shared instance; unknown fields are ignored.
   */
  public static final ContactCodec INSTANCE = new ContactCodec(UnknownFields.IGNORE);

  private static final List<String> PRIMARY_KEY = List.of("email");

  private static final SerializableString EMAIL_NAME = new SerializedString("email");

  private static final SerializableString NAME_NAME = new SerializedString("name");

  private final UnknownFields unknownFields;

  /**
   * A codec that applies {@code unknownFields} to fields the schema does not declare.
   */
  public ContactCodec(UnknownFields unknownFields) {
    this.unknownFields = unknownFields;
  }

  @Override
  public String schemaName() {
    return "contact";
  }

  @Override
  public List<String> primaryKey() {
    return PRIMARY_KEY;
  }

  @Override
  public BatchItem<Contact> decodeItem(JsonParser parser) throws IOException {
    JsonReaders.expectObject(parser, "contact");
    String email = null;
    String name = null;
    boolean deleted = false;
    for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
      String text = parser.nextToken() == JsonToken.VALUE_STRING ? parser.getText() : null;
      switch (field) {
        case "email" -> email = text != null ? text : JsonReaders.readString(parser, "email");
        case "name" -> name = text != null ? text : JsonReaders.readString(parser, "name");
        case "_isDeleted" -> deleted = JsonReaders.readBoolean(parser, "_isDeleted");
        default -> JsonReaders.unknownField(parser, field, unknownFields);
      }
    }
    if (deleted) {
      return BatchItem.delete(new PrimaryKey(PRIMARY_KEY, JsonReaders.requireKey(email, "email")));
    }
    JsonReaders.requireKey(email, "email");
    Contact record = new Contact(email, name);
    return BatchItem.upsert(record);
  }

  @Override
  public Contact decode(JsonParser parser) throws IOException {
    JsonReaders.expectObject(parser, "contact");
    String email = null;
    String name = null;
    for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
      String text = parser.nextToken() == JsonToken.VALUE_STRING ? parser.getText() : null;
      switch (field) {
        case "email" -> email = text != null ? text : JsonReaders.readString(parser, "email");
        case "name" -> name = text != null ? text : JsonReaders.readString(parser, "name");
        default -> JsonReaders.unknownField(parser, field, unknownFields);
      }
    }
    Contact record = new Contact(email, name);
    return record;
  }

  @Override
  public PrimaryKey keyOf(Contact value) {
    return new PrimaryKey(PRIMARY_KEY, value.email());
  }

  @Override
  public void encode(Contact value, JsonGenerator generator) throws IOException {
    generator.writeStartObject();
    if (value.email() != null) {
      generator.writeFieldName(EMAIL_NAME);
      generator.writeString(value.email());
    }
    if (value.name() != null) {
      generator.writeFieldName(NAME_NAME);
      generator.writeString(value.name());
    }
    generator.writeEndObject();
  }
}
