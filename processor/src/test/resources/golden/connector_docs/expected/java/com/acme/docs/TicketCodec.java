package com.acme.docs;

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
import java.time.Instant;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * JSON codec of {@link Ticket}, generated from its annotations.
 */
@Generated(
    value = "dev.dovetail.processor.DovetailProcessor",
    comments = "codec of schema ticket"
)
public final class TicketCodec implements RecordCodec<Ticket> {
  /**
   * Shared instance; unknown fields are ignored.
   */
  public static final TicketCodec INSTANCE = new TicketCodec(UnknownFields.IGNORE);

  private static final List<String> PRIMARY_KEY = List.of("id");

  private static final SerializableString ID_NAME = new SerializedString("id");

  private static final SerializableString SUBJECT_NAME = new SerializedString("subject");

  private static final SerializableString STATUS_NAME = new SerializedString("status");

  private static final SerializableString REQUESTER_ID_NAME = new SerializedString("requester_id");

  private static final SerializableString WATCHERS_NAME = new SerializedString("watchers");

  private static final SerializableString OPENED_AT_NAME = new SerializedString("opened_at");

  private static final SerializableString UPDATED_AT_NAME = new SerializedString("updated_at");

  private final UnknownFields unknownFields;

  /**
   * A codec that applies {@code unknownFields} to fields the schema does not declare.
   */
  public TicketCodec(UnknownFields unknownFields) {
    this.unknownFields = unknownFields;
  }

  @Override
  public String schemaName() {
    return "ticket";
  }

  @Override
  public List<String> primaryKey() {
    return PRIMARY_KEY;
  }

  @Override
  public BatchItem<Ticket> decodeItem(JsonParser parser) throws IOException {
    JsonReaders.expectObject(parser, "ticket");
    Long id = null;
    String subject = null;
    Ticket.Status status = null;
    String requesterId = null;
    List<String> watchers = null;
    Instant openedAt = null;
    Instant updatedAt = null;
    boolean deleted = false;
    for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
      String text = parser.nextToken() == JsonToken.VALUE_STRING ? parser.getText() : null;
      switch (field) {
        case "id" -> id = JsonReaders.readLongObject(parser, "id");
        case "subject" -> subject = text != null ? text : JsonReaders.readString(parser, "subject");
        case "status" -> status = text != null ? toTicketStatus(text, "status") : readTicketStatus(parser, "status");
        case "requester_id" -> requesterId = text != null ? text : JsonReaders.readString(parser, "requester_id");
        case "watchers" -> watchers = JsonReaders.readList(parser, "watchers", ElementReaders.STRING);
        case "opened_at" -> openedAt = JsonReaders.readInstant(parser, "opened_at");
        case "updated_at" -> updatedAt = JsonReaders.readInstant(parser, "updated_at");
        case "_isDeleted" -> deleted = JsonReaders.readBoolean(parser, "_isDeleted");
        default -> JsonReaders.unknownField(parser, field, unknownFields);
      }
    }
    if (deleted) {
      return BatchItem.delete(new PrimaryKey(PRIMARY_KEY, JsonReaders.requireKey(id, "id")));
    }
    JsonReaders.requireKey(id, "id");
    Ticket record = new Ticket(id, subject, status, requesterId, watchers, openedAt, updatedAt);
    return BatchItem.upsert(record);
  }

  @Override
  public Ticket decode(JsonParser parser) throws IOException {
    JsonReaders.expectObject(parser, "ticket");
    long id = 0L;
    String subject = null;
    Ticket.Status status = null;
    String requesterId = null;
    List<String> watchers = null;
    Instant openedAt = null;
    Instant updatedAt = null;
    for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
      String text = parser.nextToken() == JsonToken.VALUE_STRING ? parser.getText() : null;
      switch (field) {
        case "id" -> id = JsonReaders.readLong(parser, "id");
        case "subject" -> subject = text != null ? text : JsonReaders.readString(parser, "subject");
        case "status" -> status = text != null ? toTicketStatus(text, "status") : readTicketStatus(parser, "status");
        case "requester_id" -> requesterId = text != null ? text : JsonReaders.readString(parser, "requester_id");
        case "watchers" -> watchers = JsonReaders.readList(parser, "watchers", ElementReaders.STRING);
        case "opened_at" -> openedAt = JsonReaders.readInstant(parser, "opened_at");
        case "updated_at" -> updatedAt = JsonReaders.readInstant(parser, "updated_at");
        default -> JsonReaders.unknownField(parser, field, unknownFields);
      }
    }
    Ticket record = new Ticket(id, subject, status, requesterId, watchers, openedAt, updatedAt);
    return record;
  }

  @Override
  public PrimaryKey keyOf(Ticket value) {
    return new PrimaryKey(PRIMARY_KEY, value.id());
  }

  @Override
  public void encode(Ticket value, JsonGenerator generator) throws IOException {
    generator.writeStartObject();
    generator.writeFieldName(ID_NAME);
    generator.writeNumber(value.id());
    if (value.subject() != null) {
      generator.writeFieldName(SUBJECT_NAME);
      generator.writeString(value.subject());
    }
    if (value.status() != null) {
      generator.writeFieldName(STATUS_NAME);
      generator.writeString(value.status().name());
    }
    if (value.requesterId() != null) {
      generator.writeFieldName(REQUESTER_ID_NAME);
      generator.writeString(value.requesterId());
    }
    if (value.watchers() != null) {
      generator.writeFieldName(WATCHERS_NAME);
      generator.writeStartArray();
      for (String element : value.watchers()) {
        if (element == null) {
          generator.writeNull();
        } else {
          generator.writeString(element);
        }
      }
      generator.writeEndArray();
    }
    if (value.openedAt() != null) {
      generator.writeFieldName(OPENED_AT_NAME);
      JsonWriters.writeInstant(value.openedAt(), generator);
    }
    if (value.updatedAt() != null) {
      generator.writeFieldName(UPDATED_AT_NAME);
      JsonWriters.writeInstant(value.updatedAt(), generator);
    }
    generator.writeEndObject();
  }

  private static Ticket.Status readTicketStatus(JsonParser parser, String field) throws
      IOException {
    String name = JsonReaders.readString(parser, field);
    return name == null ? null : toTicketStatus(name, field);
  }

  private static Ticket.Status toTicketStatus(String name, String field) throws
      RecordDecodeException {
    Ticket.Status value = lookupTicketStatus(name);
    if (value == null) {
      throw new RecordDecodeException(field, "'" + name + "' is not one of " + "OPEN, PENDING, SOLVED");
    }
    return value;
  }

  private static Ticket.Status lookupTicketStatus(String name) {
    return switch (name) {
      case "OPEN" -> Ticket.Status.OPEN;
      case "PENDING" -> Ticket.Status.PENDING;
      case "SOLVED" -> Ticket.Status.SOLVED;
      default -> null;
    };
  }
}
