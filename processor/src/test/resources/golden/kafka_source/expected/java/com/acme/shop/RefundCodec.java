package com.acme.shop;

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
 * JSON codec of {@link Refund}, generated from its annotations.
 */
@Generated(
    value = "dev.dovetail.processor.DovetailProcessor",
    comments = "codec of schema refund"
)
public final class RefundCodec implements RecordCodec<Refund> {
  /**
   * Shared instance; unknown fields are ignored.
   */
  public static final RefundCodec INSTANCE = new RefundCodec(UnknownFields.IGNORE);

  private static final List<String> PRIMARY_KEY = List.of("id");

  private static final SerializableString ID_NAME = new SerializedString("id");

  private static final SerializableString ORDER_ID_NAME = new SerializedString("order_id");

  private final UnknownFields unknownFields;

  /**
   * A codec that applies {@code unknownFields} to fields the schema does not declare.
   */
  public RefundCodec(UnknownFields unknownFields) {
    this.unknownFields = unknownFields;
  }

  @Override
  public String schemaName() {
    return "refund";
  }

  @Override
  public List<String> primaryKey() {
    return PRIMARY_KEY;
  }

  @Override
  public BatchItem<Refund> decodeItem(JsonParser parser) throws IOException {
    JsonReaders.expectObject(parser, "refund");
    String id = null;
    String orderId = null;
    boolean deleted = false;
    for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
      String text = parser.nextToken() == JsonToken.VALUE_STRING ? parser.getText() : null;
      switch (field) {
        case "id" -> id = text != null ? text : JsonReaders.readString(parser, "id");
        case "order_id" -> orderId = text != null ? text : JsonReaders.readString(parser, "order_id");
        case "_isDeleted" -> deleted = JsonReaders.readBoolean(parser, "_isDeleted");
        default -> JsonReaders.unknownField(parser, field, unknownFields);
      }
    }
    if (deleted) {
      return BatchItem.delete(new PrimaryKey(PRIMARY_KEY, JsonReaders.requireKey(id, "id")));
    }
    JsonReaders.requireKey(id, "id");
    Refund record = new Refund(id, orderId);
    return BatchItem.upsert(record);
  }

  @Override
  public Refund decode(JsonParser parser) throws IOException {
    JsonReaders.expectObject(parser, "refund");
    String id = null;
    String orderId = null;
    for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
      String text = parser.nextToken() == JsonToken.VALUE_STRING ? parser.getText() : null;
      switch (field) {
        case "id" -> id = text != null ? text : JsonReaders.readString(parser, "id");
        case "order_id" -> orderId = text != null ? text : JsonReaders.readString(parser, "order_id");
        default -> JsonReaders.unknownField(parser, field, unknownFields);
      }
    }
    Refund record = new Refund(id, orderId);
    return record;
  }

  @Override
  public PrimaryKey keyOf(Refund value) {
    return new PrimaryKey(PRIMARY_KEY, value.id());
  }

  @Override
  public void encode(Refund value, JsonGenerator generator) throws IOException {
    generator.writeStartObject();
    if (value.id() != null) {
      generator.writeFieldName(ID_NAME);
      generator.writeString(value.id());
    }
    if (value.orderId() != null) {
      generator.writeFieldName(ORDER_ID_NAME);
      generator.writeString(value.orderId());
    }
    generator.writeEndObject();
  }
}
