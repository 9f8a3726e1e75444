package com.acme;

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
 * JSON codec of {@link Event}, generated from its annotations.
 */
@Generated(
    value = "dev.dovetail.processor.DovetailProcessor",
    comments = "codec of schema event"
)
public final class EventCodec implements RecordCodec<Event> {
  /**
   * Shared instance; unknown fields are ignored.
   */
  public static final EventCodec INSTANCE = new EventCodec(UnknownFields.IGNORE);

  private static final List<String> PRIMARY_KEY = List.of("event_id");

  private static final SerializableString EVENT_ID_NAME = new SerializedString("event_id");

  private static final SerializableString NAME_NAME = new SerializedString("name");

  private static final SerializableString OCCURRED_AT_NAME = new SerializedString("occurred_at");

  private final UnknownFields unknownFields;

  /**
   * A codec that applies {@code unknownFields} to fields the schema does not declare.
   */
  public EventCodec(UnknownFields unknownFields) {
    this.unknownFields = unknownFields;
  }

  @Override
  public String schemaName() {
    return "event";
  }

  @Override
  public List<String> primaryKey() {
    return PRIMARY_KEY;
  }

  @Override
  public BatchItem<Event> decodeItem(JsonParser parser) throws IOException {
    JsonReaders.expectObject(parser, "event");
    String eventId = null;
    String name = null;
    long occurredAt = 0L;
    boolean deleted = false;
    for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
      String text = parser.nextToken() == JsonToken.VALUE_STRING ? parser.getText() : null;
      switch (field) {
        case "event_id" -> eventId = text != null ? text : JsonReaders.readString(parser, "event_id");
        case "name" -> name = text != null ? text : JsonReaders.readString(parser, "name");
        case "occurred_at" -> occurredAt = JsonReaders.readLong(parser, "occurred_at");
        case "_isDeleted" -> deleted = JsonReaders.readBoolean(parser, "_isDeleted");
        default -> JsonReaders.unknownField(parser, field, unknownFields);
      }
    }
    if (deleted) {
      return BatchItem.delete(new PrimaryKey(PRIMARY_KEY, JsonReaders.requireKey(eventId, "event_id")));
    }
    JsonReaders.requireKey(eventId, "event_id");
    Event record = new Event(eventId, name, occurredAt);
    return BatchItem.upsert(record);
  }

  @Override
  public Event decode(JsonParser parser) throws IOException {
    JsonReaders.expectObject(parser, "event");
    String eventId = null;
    String name = null;
    long occurredAt = 0L;
    for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
      String text = parser.nextToken() == JsonToken.VALUE_STRING ? parser.getText() : null;
      switch (field) {
        case "event_id" -> eventId = text != null ? text : JsonReaders.readString(parser, "event_id");
        case "name" -> name = text != null ? text : JsonReaders.readString(parser, "name");
        case "occurred_at" -> occurredAt = JsonReaders.readLong(parser, "occurred_at");
        default -> JsonReaders.unknownField(parser, field, unknownFields);
      }
    }
    Event record = new Event(eventId, name, occurredAt);
    return record;
  }

  @Override
  public PrimaryKey keyOf(Event value) {
    return new PrimaryKey(PRIMARY_KEY, value.eventId());
  }

  @Override
  public void encode(Event value, JsonGenerator generator) throws IOException {
    generator.writeStartObject();
    if (value.eventId() != null) {
      generator.writeFieldName(EVENT_ID_NAME);
      generator.writeString(value.eventId());
    }
    if (value.name() != null) {
      generator.writeFieldName(NAME_NAME);
      generator.writeString(value.name());
    }
    generator.writeFieldName(OCCURRED_AT_NAME);
    generator.writeNumber(value.occurredAt());
    generator.writeEndObject();
  }
}
