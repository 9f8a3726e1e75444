package com.acme;

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
import dev.dovetail.runtime.codec.UnknownFields;
import java.io.IOException;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * JSON codec of {@link Product}, generated from its annotations.
 */
@Generated(
    value = "dev.dovetail.processor.DovetailProcessor",
    comments = "codec of schema product_schema"
)
public final class ProductCodec implements RecordCodec<Product> {
  /**
   * Shared instance; unknown fields are ignored.
   */
  public static final ProductCodec INSTANCE = new ProductCodec(UnknownFields.IGNORE);

  private static final List<String> PRIMARY_KEY = List.of("product_id");

  private static final SerializableString PRODUCT_ID_NAME = new SerializedString("product_id");

  private static final SerializableString PRICE_NAME = new SerializedString("price");

  private static final SerializableString QTY_NAME = new SerializedString("qty");

  private static final SerializableString TAGS_NAME = new SerializedString("tags");

  private final UnknownFields unknownFields;

  /**
   * A codec that applies {@code unknownFields} to fields the schema does not declare.
   */
  public ProductCodec(UnknownFields unknownFields) {
    this.unknownFields = unknownFields;
  }

  @Override
  public String schemaName() {
    return "product_schema";
  }

  @Override
  public List<String> primaryKey() {
    return PRIMARY_KEY;
  }

  @Override
  public BatchItem<Product> decodeItem(JsonParser parser) throws IOException {
    JsonReaders.expectObject(parser, "product_schema");
    String productId = null;
    double price = 0d;
    long qty = 0L;
    List<String> tags = null;
    boolean deleted = false;
    for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
      String text = parser.nextToken() == JsonToken.VALUE_STRING ? parser.getText() : null;
      switch (field) {
        case "product_id" -> productId = text != null ? text : JsonReaders.readString(parser, "product_id");
        case "price" -> price = JsonReaders.readDouble(parser, "price");
        case "qty" -> qty = JsonReaders.readLong(parser, "qty");
        case "tags" -> tags = JsonReaders.readList(parser, "tags", ElementReaders.STRING);
        case "_isDeleted" -> deleted = JsonReaders.readBoolean(parser, "_isDeleted");
        default -> JsonReaders.unknownField(parser, field, unknownFields);
      }
    }
    if (deleted) {
      return BatchItem.delete(new PrimaryKey(PRIMARY_KEY, JsonReaders.requireKey(productId, "product_id")));
    }
    JsonReaders.requireKey(productId, "product_id");
    Product record = new Product(productId, price, qty, tags);
    return BatchItem.upsert(record);
  }

  @Override
  public Product decode(JsonParser parser) throws IOException {
    JsonReaders.expectObject(parser, "product_schema");
    String productId = null;
    double price = 0d;
    long qty = 0L;
    List<String> tags = null;
    for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
      String text = parser.nextToken() == JsonToken.VALUE_STRING ? parser.getText() : null;
      switch (field) {
        case "product_id" -> productId = text != null ? text : JsonReaders.readString(parser, "product_id");
        case "price" -> price = JsonReaders.readDouble(parser, "price");
        case "qty" -> qty = JsonReaders.readLong(parser, "qty");
        case "tags" -> tags = JsonReaders.readList(parser, "tags", ElementReaders.STRING);
        default -> JsonReaders.unknownField(parser, field, unknownFields);
      }
    }
    Product record = new Product(productId, price, qty, tags);
    return record;
  }

  @Override
  public PrimaryKey keyOf(Product value) {
    return new PrimaryKey(PRIMARY_KEY, value.productId());
  }

  @Override
  public void encode(Product value, JsonGenerator generator) throws IOException {
    generator.writeStartObject();
    if (value.productId() != null) {
      generator.writeFieldName(PRODUCT_ID_NAME);
      generator.writeString(value.productId());
    }
    generator.writeFieldName(PRICE_NAME);
    generator.writeNumber(value.price());
    generator.writeFieldName(QTY_NAME);
    generator.writeNumber(value.qty());
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
    generator.writeEndObject();
  }
}
