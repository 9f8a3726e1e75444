package com.acme.docs;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.dovetail.runtime.codec.JsonReaders;
import dev.dovetail.runtime.codec.JsonWriters;
import dev.dovetail.runtime.codec.UnknownFields;
import dev.dovetail.runtime.codec.ValueCodec;
import java.io.IOException;
import javax.annotation.processing.Generated;

/**
 * JSON codec of {@link Product.Variant}, generated from its annotations.
 */
@Generated(
    value = "dev.dovetail.processor.DovetailProcessor",
    comments = "codec of custom type variant"
)
public final class Product_VariantCodec implements ValueCodec<Product.Variant> {
  /**
   * Shared instance; unknown fields are ignored.
   */
  public static final Product_VariantCodec INSTANCE = new Product_VariantCodec(UnknownFields.IGNORE);

  private static final SerializableString CODE_NAME = new SerializedString("code");

  private static final SerializableString PRICES_NAME = new SerializedString("prices");

  private final UnknownFields unknownFields;

  /**
   * A codec that applies {@code unknownFields} to fields the schema does not declare.
   */
  public Product_VariantCodec(UnknownFields unknownFields) {
    this.unknownFields = unknownFields;
  }

  @Override
  public Product.Variant decode(JsonParser parser) throws IOException {
    JsonReaders.expectObject(parser, "variant");
    String code = null;
    long[] prices = null;
    for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
      String text = parser.nextToken() == JsonToken.VALUE_STRING ? parser.getText() : null;
      switch (field) {
        case "code" -> code = text != null ? text : JsonReaders.readString(parser, "code");
        case "prices" -> prices = JsonReaders.readLongArray(parser, "prices");
        default -> JsonReaders.unknownField(parser, field, unknownFields);
      }
    }
    Product.Variant record = new Product.Variant(code, prices);
    return record;
  }

  @Override
  public void encode(Product.Variant value, JsonGenerator generator) throws IOException {
    generator.writeStartObject();
    if (value.code() != null) {
      generator.writeFieldName(CODE_NAME);
      generator.writeString(value.code());
    }
    if (value.prices() != null) {
      generator.writeFieldName(PRICES_NAME);
      JsonWriters.writeArray(value.prices(), generator);
    }
    generator.writeEndObject();
  }
}
