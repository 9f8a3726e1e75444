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
import dev.dovetail.runtime.codec.RecordCodec;
import dev.dovetail.runtime.codec.RecordDecodeException;
import dev.dovetail.runtime.codec.UnknownFields;
import java.io.IOException;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * JSON codec of {@link Product}, generated from its annotations.
 */
@Generated(
    value = "dev.dovetail.processor.DovetailProcessor",
    comments = "codec of schema product"
)
public final class ProductCodec implements RecordCodec<Product> {
  /**
   * Shared instance; unknown fields are ignored.
   */
  public static final ProductCodec INSTANCE = new ProductCodec(UnknownFields.IGNORE);

  private static final List<String> PRIMARY_KEY = List.of("sku");

  private static final SerializableString SKU_NAME = new SerializedString("sku");

  private static final SerializableString NAME_NAME = new SerializedString("name");

  private static final SerializableString KIND_NAME = new SerializedString("kind");

  private static final SerializableString TAGS_NAME = new SerializedString("tags");

  private static final SerializableString VARIANTS_NAME = new SerializedString("variants");

  private static final SerializableString DIMENSIONS_NAME = new SerializedString("dimensions");

  private static final SerializableString IMAGE_NAME = new SerializedString("image");

  private final UnknownFields unknownFields;

  private final Product_VariantCodec variantCodec;

  private final Product_DimensionsCodec dimensionsCodec;

  /**
   * A codec that applies {@code unknownFields} to fields the schema does not declare.
   */
  public ProductCodec(UnknownFields unknownFields) {
    this.unknownFields = unknownFields;
    this.variantCodec = unknownFields == UnknownFields.IGNORE ? Product_VariantCodec.INSTANCE : new Product_VariantCodec(unknownFields);
    this.dimensionsCodec = unknownFields == UnknownFields.IGNORE ? Product_DimensionsCodec.INSTANCE : new Product_DimensionsCodec(unknownFields);
  }

  @Override
  public String schemaName() {
    return "product";
  }

  @Override
  public List<String> primaryKey() {
    return PRIMARY_KEY;
  }

  @Override
  public BatchItem<Product> decodeItem(JsonParser parser) throws IOException {
    JsonReaders.expectObject(parser, "product");
    String sku = null;
    String name = null;
    Product.Kind kind = null;
    List<String> tags = null;
    List<Product.Variant> variants = null;
    Product.Dimensions dimensions = null;
    String image = null;
    boolean deleted = false;
    for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
      String text = parser.nextToken() == JsonToken.VALUE_STRING ? parser.getText() : null;
      switch (field) {
        case "sku" -> sku = text != null ? text : JsonReaders.readString(parser, "sku");
        case "name" -> name = text != null ? text : JsonReaders.readString(parser, "name");
        case "kind" -> kind = text != null ? toProductKind(text, "kind") : readProductKind(parser, "kind");
        case "tags" -> tags = JsonReaders.readList(parser, "tags", ElementReaders.STRING);
        case "variants" -> variants = JsonReaders.readList(parser, "variants", variantCodec);
        case "dimensions" -> dimensions = dimensionsCodec.read(parser, "dimensions");
        case "image" -> image = text != null ? text : JsonReaders.readString(parser, "image");
        case "_isDeleted" -> deleted = JsonReaders.readBoolean(parser, "_isDeleted");
        default -> JsonReaders.unknownField(parser, field, unknownFields);
      }
    }
    if (deleted) {
      return BatchItem.delete(new PrimaryKey(PRIMARY_KEY, JsonReaders.requireKey(sku, "sku")));
    }
    JsonReaders.requireKey(sku, "sku");
    Product record = new Product(sku, name, kind, tags, variants, dimensions, image);
    return BatchItem.upsert(record);
  }

  @Override
  public Product decode(JsonParser parser) throws IOException {
    JsonReaders.expectObject(parser, "product");
    String sku = null;
    String name = null;
    Product.Kind kind = null;
    List<String> tags = null;
    List<Product.Variant> variants = null;
    Product.Dimensions dimensions = null;
    String image = null;
    for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
      String text = parser.nextToken() == JsonToken.VALUE_STRING ? parser.getText() : null;
      switch (field) {
        case "sku" -> sku = text != null ? text : JsonReaders.readString(parser, "sku");
        case "name" -> name = text != null ? text : JsonReaders.readString(parser, "name");
        case "kind" -> kind = text != null ? toProductKind(text, "kind") : readProductKind(parser, "kind");
        case "tags" -> tags = JsonReaders.readList(parser, "tags", ElementReaders.STRING);
        case "variants" -> variants = JsonReaders.readList(parser, "variants", variantCodec);
        case "dimensions" -> dimensions = dimensionsCodec.read(parser, "dimensions");
        case "image" -> image = text != null ? text : JsonReaders.readString(parser, "image");
        default -> JsonReaders.unknownField(parser, field, unknownFields);
      }
    }
    Product record = new Product(sku, name, kind, tags, variants, dimensions, image);
    return record;
  }

  @Override
  public PrimaryKey keyOf(Product value) {
    return new PrimaryKey(PRIMARY_KEY, value.sku());
  }

  @Override
  public void encode(Product value, JsonGenerator generator) throws IOException {
    generator.writeStartObject();
    if (value.sku() != null) {
      generator.writeFieldName(SKU_NAME);
      generator.writeString(value.sku());
    }
    if (value.name() != null) {
      generator.writeFieldName(NAME_NAME);
      generator.writeString(value.name());
    }
    if (value.kind() != null) {
      generator.writeFieldName(KIND_NAME);
      generator.writeString(value.kind().name());
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
    if (value.variants() != null) {
      generator.writeFieldName(VARIANTS_NAME);
      generator.writeStartArray();
      for (Product.Variant element : value.variants()) {
        if (element == null) {
          generator.writeNull();
        } else {
          variantCodec.encode(element, generator);
        }
      }
      generator.writeEndArray();
    }
    if (value.dimensions() != null) {
      generator.writeFieldName(DIMENSIONS_NAME);
      dimensionsCodec.encode(value.dimensions(), generator);
    }
    if (value.image() != null) {
      generator.writeFieldName(IMAGE_NAME);
      generator.writeString(value.image());
    }
    generator.writeEndObject();
  }

  private static Product.Kind readProductKind(JsonParser parser, String field) throws IOException {
    String name = JsonReaders.readString(parser, field);
    return name == null ? null : toProductKind(name, field);
  }

  private static Product.Kind toProductKind(String name, String field) throws
      RecordDecodeException {
    Product.Kind value = lookupProductKind(name);
    if (value == null) {
      throw new RecordDecodeException(field, "'" + name + "' is not one of " + "PHYSICAL, DIGITAL");
    }
    return value;
  }

  private static Product.Kind lookupProductKind(String name) {
    return switch (name) {
      case "PHYSICAL" -> Product.Kind.PHYSICAL;
      case "DIGITAL" -> Product.Kind.DIGITAL;
      default -> null;
    };
  }
}
