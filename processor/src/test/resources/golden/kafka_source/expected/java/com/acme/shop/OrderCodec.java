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
 * JSON codec of {@link Order}, generated from its annotations.
 */
@Generated(
    value = "dev.dovetail.processor.DovetailProcessor",
    comments = "codec of schema order"
)
public final class OrderCodec implements RecordCodec<Order> {
  /**
   * Shared instance; unknown fields are ignored.
   */
  public static final OrderCodec INSTANCE = new OrderCodec(UnknownFields.IGNORE);

  private static final List<String> PRIMARY_KEY = List.of("id");

  private static final SerializableString ID_NAME = new SerializedString("id");

  private static final SerializableString TOTAL_NAME = new SerializedString("total");

  private static final SerializableString UPDATED_NAME = new SerializedString("updated");

  private final UnknownFields unknownFields;

  /**
   * A codec that applies {@code unknownFields} to fields the schema does not declare.
   */
  public OrderCodec(UnknownFields unknownFields) {
    this.unknownFields = unknownFields;
  }

  @Override
  public String schemaName() {
    return "order";
  }

  @Override
  public List<String> primaryKey() {
    return PRIMARY_KEY;
  }

  @Override
  public BatchItem<Order> decodeItem(JsonParser parser) throws IOException {
    JsonReaders.expectObject(parser, "order");
    String id = null;
    long total = 0L;
    long updated = 0L;
    boolean deleted = false;
    for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
      String text = parser.nextToken() == JsonToken.VALUE_STRING ? parser.getText() : null;
      switch (field) {
        case "id" -> id = text != null ? text : JsonReaders.readString(parser, "id");
        case "total" -> total = JsonReaders.readLong(parser, "total");
        case "updated" -> updated = JsonReaders.readLong(parser, "updated");
        case "_isDeleted" -> deleted = JsonReaders.readBoolean(parser, "_isDeleted");
        default -> JsonReaders.unknownField(parser, field, unknownFields);
      }
    }
    if (deleted) {
      return BatchItem.delete(new PrimaryKey(PRIMARY_KEY, JsonReaders.requireKey(id, "id")));
    }
    JsonReaders.requireKey(id, "id");
    Order record = new Order(id, total, updated);
    return BatchItem.upsert(record);
  }

  @Override
  public Order decode(JsonParser parser) throws IOException {
    JsonReaders.expectObject(parser, "order");
    String id = null;
    long total = 0L;
    long updated = 0L;
    for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
      String text = parser.nextToken() == JsonToken.VALUE_STRING ? parser.getText() : null;
      switch (field) {
        case "id" -> id = text != null ? text : JsonReaders.readString(parser, "id");
        case "total" -> total = JsonReaders.readLong(parser, "total");
        case "updated" -> updated = JsonReaders.readLong(parser, "updated");
        default -> JsonReaders.unknownField(parser, field, unknownFields);
      }
    }
    Order record = new Order(id, total, updated);
    return record;
  }

  @Override
  public PrimaryKey keyOf(Order value) {
    return new PrimaryKey(PRIMARY_KEY, value.id());
  }

  @Override
  public void encode(Order value, JsonGenerator generator) throws IOException {
    generator.writeStartObject();
    if (value.id() != null) {
      generator.writeFieldName(ID_NAME);
      generator.writeString(value.id());
    }
    generator.writeFieldName(TOTAL_NAME);
    generator.writeNumber(value.total());
    generator.writeFieldName(UPDATED_NAME);
    generator.writeNumber(value.updated());
    generator.writeEndObject();
  }
}
