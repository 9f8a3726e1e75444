package com.acme.docs;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.dovetail.runtime.BatchItem;
import dev.dovetail.runtime.PrimaryKey;
import dev.dovetail.runtime.codec.JsonReaders;
import dev.dovetail.runtime.codec.JsonWriters;
import dev.dovetail.runtime.codec.RecordCodec;
import dev.dovetail.runtime.codec.UnknownFields;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * JSON codec of {@link User}, generated from its annotations.
 */
@Generated(
    value = "dev.dovetail.processor.DovetailProcessor",
    comments = "codec of schema user"
)
public final class UserCodec implements RecordCodec<User> {
  /**
   * Shared instance; unknown fields are ignored.
   */
  public static final UserCodec INSTANCE = new UserCodec(UnknownFields.IGNORE);

  private static final List<String> PRIMARY_KEY = List.of("id");

  private static final SerializableString ID_NAME = new SerializedString("id");

  private static final SerializableString EMAIL_NAME = new SerializedString("email");

  private static final SerializableString UPDATED_AT_NAME = new SerializedString("updated_at");

  private final UnknownFields unknownFields;

  /**
   * A codec that applies {@code unknownFields} to fields the schema does not declare.
   */
  public UserCodec(UnknownFields unknownFields) {
    this.unknownFields = unknownFields;
  }

  @Override
  public String schemaName() {
    return "user";
  }

  @Override
  public List<String> primaryKey() {
    return PRIMARY_KEY;
  }

  @Override
  public BatchItem<User> decodeItem(JsonParser parser) throws IOException {
    JsonReaders.expectObject(parser, "user");
    String id = null;
    String email = null;
    Instant updatedAt = null;
    boolean deleted = false;
    for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
      String text = parser.nextToken() == JsonToken.VALUE_STRING ? parser.getText() : null;
      switch (field) {
        case "id" -> id = text != null ? text : JsonReaders.readString(parser, "id");
        case "email" -> email = text != null ? text : JsonReaders.readString(parser, "email");
        case "updated_at" -> updatedAt = JsonReaders.readInstant(parser, "updated_at");
        case "_isDeleted" -> deleted = JsonReaders.readBoolean(parser, "_isDeleted");
        default -> JsonReaders.unknownField(parser, field, unknownFields);
      }
    }
    if (deleted) {
      return BatchItem.delete(new PrimaryKey(PRIMARY_KEY, JsonReaders.requireKey(id, "id")));
    }
    JsonReaders.requireKey(id, "id");
    User record = new User(id, email, updatedAt);
    return BatchItem.upsert(record);
  }

  @Override
  public User decode(JsonParser parser) throws IOException {
    JsonReaders.expectObject(parser, "user");
    String id = null;
    String email = null;
    Instant updatedAt = null;
    for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
      String text = parser.nextToken() == JsonToken.VALUE_STRING ? parser.getText() : null;
      switch (field) {
        case "id" -> id = text != null ? text : JsonReaders.readString(parser, "id");
        case "email" -> email = text != null ? text : JsonReaders.readString(parser, "email");
        case "updated_at" -> updatedAt = JsonReaders.readInstant(parser, "updated_at");
        default -> JsonReaders.unknownField(parser, field, unknownFields);
      }
    }
    User record = new User(id, email, updatedAt);
    return record;
  }

  @Override
  public PrimaryKey keyOf(User value) {
    return new PrimaryKey(PRIMARY_KEY, value.id());
  }

  @Override
  public void encode(User value, JsonGenerator generator) throws IOException {
    generator.writeStartObject();
    if (value.id() != null) {
      generator.writeFieldName(ID_NAME);
      generator.writeString(value.id());
    }
    if (value.email() != null) {
      generator.writeFieldName(EMAIL_NAME);
      generator.writeString(value.email());
    }
    if (value.updatedAt() != null) {
      generator.writeFieldName(UPDATED_AT_NAME);
      JsonWriters.writeInstant(value.updatedAt(), generator);
    }
    generator.writeEndObject();
  }
}
