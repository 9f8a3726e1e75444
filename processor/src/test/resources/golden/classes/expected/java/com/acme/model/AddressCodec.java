package com.acme.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.dovetail.runtime.codec.JsonReaders;
import dev.dovetail.runtime.codec.UnknownFields;
import dev.dovetail.runtime.codec.ValueCodec;
import java.io.IOException;
import javax.annotation.processing.Generated;

/**
 * JSON codec of {@link Address}, generated from its annotations.
 */
@Generated(
    value = "dev.dovetail.processor.DovetailProcessor",
    comments = "codec of custom type address"
)
public final class AddressCodec implements ValueCodec<Address> {
  /**
   * Shared instance; unknown fields are ignored.
   */
  public static final AddressCodec INSTANCE = new AddressCodec(UnknownFields.IGNORE);

  private static final SerializableString STREET_NAME = new SerializedString("street");

  private static final SerializableString COUNTRY_NAME = new SerializedString("country");

  private final UnknownFields unknownFields;

  /**
   * A codec that applies {@code unknownFields} to fields the schema does not declare.
   */
  public AddressCodec(UnknownFields unknownFields) {
    this.unknownFields = unknownFields;
  }

  @Override
  public Address decode(JsonParser parser) throws IOException {
    JsonReaders.expectObject(parser, "address");
    String street = null;
    String country = null;
    for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
      String text = parser.nextToken() == JsonToken.VALUE_STRING ? parser.getText() : null;
      switch (field) {
        case "street" -> street = text != null ? text : JsonReaders.readString(parser, "street");
        case "country" -> country = text != null ? text : JsonReaders.readString(parser, "country");
        default -> JsonReaders.unknownField(parser, field, unknownFields);
      }
    }
    Address record = new Address();
    record.street = street;
    record.country = country;
    return record;
  }

  @Override
  public void encode(Address value, JsonGenerator generator) throws IOException {
    generator.writeStartObject();
    if (value.street != null) {
      generator.writeFieldName(STREET_NAME);
      generator.writeString(value.street);
    }
    if (value.country != null) {
      generator.writeFieldName(COUNTRY_NAME);
      generator.writeString(value.country);
    }
    generator.writeEndObject();
  }
}
