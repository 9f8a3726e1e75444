package com.acme.mail;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.dovetail.runtime.BatchItem;
import dev.dovetail.runtime.PrimaryKey;
import dev.dovetail.runtime.codec.ElementReaders;
import dev.dovetail.runtime.codec.JsonReaders;
import dev.dovetail.runtime.codec.RecordCodec;
import dev.dovetail.runtime.codec.RecordDecodeException;
import dev.dovetail.runtime.codec.UnknownFields;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * JSON codec of {@link Subscriber}, generated from its annotations.
 */
@Generated(
    value = "dev.dovetail.processor.DovetailProcessor",
    comments = "codec of schema subscriber"
)
public final class SubscriberCodec implements RecordCodec<Subscriber> {
  /**
   * Shared instance; unknown fields are ignored.
   */
  public static final SubscriberCodec INSTANCE = new SubscriberCodec(UnknownFields.IGNORE);

  private static final List<String> PRIMARY_KEY = List.of("email");

  private static final SerializableString EMAIL_NAME = new SerializedString("email");

  private static final SerializableString NAME_NAME = new SerializedString("name");

  private static final SerializableString STATUS_NAME = new SerializedString("status");

  private static final SerializableString BIRTHDAY_NAME = new SerializedString("birthday");

  private static final SerializableString TAGS_NAME = new SerializedString("tags");

  private static final SerializableString SCORE_NAME = new SerializedString("score");

  private static final SerializableString DOUBLE_OPT_IN_NAME = new SerializedString("double_opt_in");

  private final UnknownFields unknownFields;

  /**
   * A codec that applies {@code unknownFields} to fields the schema does not declare.
   */
  public SubscriberCodec(UnknownFields unknownFields) {
    this.unknownFields = unknownFields;
  }

  @Override
  public String schemaName() {
    return "subscriber";
  }

  @Override
  public List<String> primaryKey() {
    return PRIMARY_KEY;
  }

  @Override
  public BatchItem<Subscriber> decodeItem(JsonParser parser) throws IOException {
    JsonReaders.expectObject(parser, "subscriber");
    String email = null;
    String name = null;
    Subscriber.Status status = null;
    LocalDate birthday = null;
    Set<String> tags = null;
    Double score = null;
    Boolean doubleOptIn = null;
    boolean deleted = false;
    for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
      String text = parser.nextToken() == JsonToken.VALUE_STRING ? parser.getText() : null;
      switch (field) {
        case "email" -> email = text != null ? text : JsonReaders.readString(parser, "email");
        case "name" -> name = text != null ? text : JsonReaders.readString(parser, "name");
        case "status" -> status = text != null ? toSubscriberStatus(text, "status") : readSubscriberStatus(parser, "status");
        case "birthday" -> birthday = JsonReaders.readLocalDate(parser, "birthday");
        case "tags" -> tags = JsonReaders.readSet(parser, "tags", ElementReaders.STRING);
        case "score" -> score = JsonReaders.readDoubleObject(parser, "score");
        case "double_opt_in" -> doubleOptIn = JsonReaders.readBooleanObject(parser, "double_opt_in");
        case "_isDeleted" -> deleted = JsonReaders.readBoolean(parser, "_isDeleted");
        default -> JsonReaders.unknownField(parser, field, unknownFields);
      }
    }
    if (deleted) {
      return BatchItem.delete(new PrimaryKey(PRIMARY_KEY, JsonReaders.requireKey(email, "email")));
    }
    JsonReaders.requireKey(email, "email");
    Subscriber record = new Subscriber(email, name, status, birthday, tags, score, doubleOptIn);
    return BatchItem.upsert(record);
  }

  @Override
  public Subscriber decode(JsonParser parser) throws IOException {
    JsonReaders.expectObject(parser, "subscriber");
    String email = null;
    String name = null;
    Subscriber.Status status = null;
    LocalDate birthday = null;
    Set<String> tags = null;
    Double score = null;
    Boolean doubleOptIn = null;
    for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
      String text = parser.nextToken() == JsonToken.VALUE_STRING ? parser.getText() : null;
      switch (field) {
        case "email" -> email = text != null ? text : JsonReaders.readString(parser, "email");
        case "name" -> name = text != null ? text : JsonReaders.readString(parser, "name");
        case "status" -> status = text != null ? toSubscriberStatus(text, "status") : readSubscriberStatus(parser, "status");
        case "birthday" -> birthday = JsonReaders.readLocalDate(parser, "birthday");
        case "tags" -> tags = JsonReaders.readSet(parser, "tags", ElementReaders.STRING);
        case "score" -> score = JsonReaders.readDoubleObject(parser, "score");
        case "double_opt_in" -> doubleOptIn = JsonReaders.readBooleanObject(parser, "double_opt_in");
        default -> JsonReaders.unknownField(parser, field, unknownFields);
      }
    }
    Subscriber record = new Subscriber(email, name, status, birthday, tags, score, doubleOptIn);
    return record;
  }

  @Override
  public PrimaryKey keyOf(Subscriber value) {
    return new PrimaryKey(PRIMARY_KEY, value.email());
  }

  @Override
  public void encode(Subscriber value, JsonGenerator generator) throws IOException {
    generator.writeStartObject();
    if (value.email() != null) {
      generator.writeFieldName(EMAIL_NAME);
      generator.writeString(value.email());
    }
    if (value.name() != null) {
      generator.writeFieldName(NAME_NAME);
      generator.writeString(value.name());
    }
    if (value.status() != null) {
      generator.writeFieldName(STATUS_NAME);
      generator.writeString(value.status().name());
    }
    if (value.birthday() != null) {
      generator.writeFieldName(BIRTHDAY_NAME);
      generator.writeString(value.birthday().toString());
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
    if (value.score() != null) {
      generator.writeFieldName(SCORE_NAME);
      generator.writeNumber(value.score());
    }
    if (value.doubleOptIn() != null) {
      generator.writeFieldName(DOUBLE_OPT_IN_NAME);
      generator.writeBoolean(value.doubleOptIn());
    }
    generator.writeEndObject();
  }

  private static Subscriber.Status readSubscriberStatus(JsonParser parser, String field) throws
      IOException {
    String name = JsonReaders.readString(parser, field);
    return name == null ? null : toSubscriberStatus(name, field);
  }

  private static Subscriber.Status toSubscriberStatus(String name, String field) throws
      RecordDecodeException {
    Subscriber.Status value = lookupSubscriberStatus(name);
    if (value == null) {
      throw new RecordDecodeException(field, "'" + name + "' is not one of " + "ACTIVE, UNSUBSCRIBED, BOUNCED");
    }
    return value;
  }

  private static Subscriber.Status lookupSubscriberStatus(String name) {
    return switch (name) {
      case "ACTIVE" -> Subscriber.Status.ACTIVE;
      case "UNSUBSCRIBED" -> Subscriber.Status.UNSUBSCRIBED;
      case "BOUNCED" -> Subscriber.Status.BOUNCED;
      default -> null;
    };
  }
}
