package com.acme.docs;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.dovetail.runtime.codec.JsonReaders;
import dev.dovetail.runtime.codec.UnknownFields;
import dev.dovetail.runtime.codec.ValueCodec;
import java.io.IOException;
import javax.annotation.processing.Generated;

/**
 * JSON codec of {@link Product.Dimensions}, generated from its annotations.
 */
@Generated(
    value = "dev.dovetail.processor.DovetailProcessor",
    comments = "codec of custom type dimensions"
)
public final class Product_DimensionsCodec implements ValueCodec<Product.Dimensions> {
  /**
   * Shared instance; unknown fields are ignored.
   */
  public static final Product_DimensionsCodec INSTANCE = new Product_DimensionsCodec(UnknownFields.IGNORE);

  private static final SerializableString WIDTH_NAME = new SerializedString("width");

  private static final SerializableString HEIGHT_NAME = new SerializedString("height");

  private final UnknownFields unknownFields;

  /**
   * A codec that applies {@code unknownFields} to fields the schema does not declare.
   */
  public Product_DimensionsCodec(UnknownFields unknownFields) {
    this.unknownFields = unknownFields;
  }

  @Override
  public Product.Dimensions decode(JsonParser parser) throws IOException {
    JsonReaders.expectObject(parser, "dimensions");
    int width = 0;
    int height = 0;
    for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
      parser.nextToken();
      switch (field) {
        case "width" -> width = JsonReaders.readInt(parser, "width");
        case "height" -> height = JsonReaders.readInt(parser, "height");
        default -> JsonReaders.unknownField(parser, field, unknownFields);
      }
    }
    Product.Dimensions record = new Product.Dimensions(width, height);
    return record;
  }

  @Override
  public void encode(Product.Dimensions value, JsonGenerator generator) throws IOException {
    generator.writeStartObject();
    generator.writeFieldName(WIDTH_NAME);
    generator.writeNumber(value.width());
    generator.writeFieldName(HEIGHT_NAME);
    generator.writeNumber(value.height());
    generator.writeEndObject();
  }
}
