package dev.dovetail.runtime.testing;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.dovetail.runtime.BatchItem;
import dev.dovetail.runtime.PrimaryKey;
import dev.dovetail.runtime.codec.ElementReaders;
import dev.dovetail.runtime.codec.ElementWriters;
import dev.dovetail.runtime.codec.JsonReaders;
import dev.dovetail.runtime.codec.JsonWriters;
import dev.dovetail.runtime.codec.RecordCodec;
import dev.dovetail.runtime.codec.UnknownFields;
import java.io.IOException;
import java.util.List;

/** Written by hand the way the processor generates {@code <Type>Codec}: a switch on field names, no reflection. */
public final class ProductCodec implements RecordCodec<Product> {
  public static final ProductCodec INSTANCE = new ProductCodec(UnknownFields.IGNORE);

  private static final List<String> PRIMARY_KEY = List.of("product_id");

  private final UnknownFields unknownFields;

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
  public Product decode(JsonParser p) throws IOException {
    BatchItem<Product> item = decodeItem(p);
    if (item instanceof BatchItem.Upsert<Product> upsert) {
      return upsert.record();
    }
    throw new dev.dovetail.runtime.codec.RecordDecodeException(DELETED_FLAG, "a delete item is not a record");
  }

  @Override
  public BatchItem<Product> decodeItem(JsonParser p) throws IOException {
    JsonReaders.expectObject(p, "a product_schema record");
    String productId = null;
    Double price = null;
    Long qty = null;
    List<String> tags = null;
    boolean deleted = false;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "product_id":
          productId = JsonReaders.readString(p, field);
          break;
        case "price":
          price = JsonReaders.readDoubleObject(p, field);
          break;
        case "qty":
          qty = JsonReaders.readLongObject(p, field);
          break;
        case "tags":
          tags = JsonReaders.readList(p, field, ElementReaders.STRING);
          break;
        case DELETED_FLAG:
          deleted = JsonReaders.readBoolean(p, field);
          break;
        default:
          JsonReaders.unknownField(p, field, unknownFields);
      }
    }
    JsonReaders.requireKey(productId, "product_id");
    if (deleted) {
      return BatchItem.delete(new PrimaryKey(PRIMARY_KEY, productId));
    }
    return BatchItem.upsert(new Product(productId, price, qty, tags));
  }

  @Override
  public void encode(Product value, JsonGenerator g) throws IOException {
    g.writeStartObject();
    if (value.productId() != null) {
      g.writeStringField("product_id", value.productId());
    }
    if (value.price() != null) {
      g.writeFieldName("price");
      g.writeNumber(value.price());
    }
    if (value.qty() != null) {
      g.writeFieldName("qty");
      g.writeNumber(value.qty());
    }
    if (value.tags() != null) {
      g.writeFieldName("tags");
      JsonWriters.writeCollection(value.tags(), g, ElementWriters.STRING);
    }
    g.writeEndObject();
  }

  @Override
  public PrimaryKey keyOf(Product record) {
    return new PrimaryKey(PRIMARY_KEY, record.productId());
  }
}
