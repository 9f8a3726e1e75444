package com.acme.model;

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
 * JSON codec of {@link Contact}, generated from its annotations.
 */
@Generated(
    value = "dev.dovetail.processor.DovetailProcessor",
    comments = "codec of schema crm_contact"
)
public final class ContactCodec implements RecordCodec<Contact> {
  /**
   * Shared instance; unknown fields are ignored.
   */
  public static final ContactCodec INSTANCE = new ContactCodec(UnknownFields.IGNORE);

  private static final List<String> PRIMARY_KEY = List.of("email");

  private static final SerializableString EMAIL_NAME = new SerializedString("email");

  private static final SerializableString FIRST_NAME_NAME = new SerializedString("first_name");

  private static final SerializableString OPTED_IN_NAME = new SerializedString("opted_in");

  private static final SerializableString SCORE_NAME = new SerializedString("score");

  private static final SerializableString ADDRESSES_NAME = new SerializedString("addresses");

  private final UnknownFields unknownFields;

  private final AddressCodec addressCodec;

  /**
   * A codec that applies {@code unknownFields} to fields the schema does not declare.
   */
  public ContactCodec(UnknownFields unknownFields) {
    this.unknownFields = unknownFields;
    this.addressCodec = unknownFields == UnknownFields.IGNORE ? AddressCodec.INSTANCE : new AddressCodec(unknownFields);
  }

  @Override
  public String schemaName() {
    return "crm_contact";
  }

  @Override
  public List<String> primaryKey() {
    return PRIMARY_KEY;
  }

  @Override
  public BatchItem<Contact> decodeItem(JsonParser parser) throws IOException {
    JsonReaders.expectObject(parser, "crm_contact");
    String email = null;
    String firstName = null;
    boolean optedIn = false;
    int score = 0;
    List<Address> addresses = null;
    boolean deleted = false;
    for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
      String text = parser.nextToken() == JsonToken.VALUE_STRING ? parser.getText() : null;
      switch (field) {
        case "email" -> email = text != null ? text : JsonReaders.readString(parser, "email");
        case "first_name" -> firstName = text != null ? text : JsonReaders.readString(parser, "first_name");
        case "opted_in" -> optedIn = JsonReaders.readBoolean(parser, "opted_in");
        case "score" -> score = JsonReaders.readInt(parser, "score");
        case "addresses" -> addresses = JsonReaders.readList(parser, "addresses", addressCodec);
        case "_isDeleted" -> deleted = JsonReaders.readBoolean(parser, "_isDeleted");
        default -> JsonReaders.unknownField(parser, field, unknownFields);
      }
    }
    if (deleted) {
      return BatchItem.delete(new PrimaryKey(PRIMARY_KEY, JsonReaders.requireKey(email, "email")));
    }
    JsonReaders.requireKey(email, "email");
    Contact record = new Contact();
    record.setEmail(email);
    record.setFirstName(firstName);
    record.setOptedIn(optedIn);
    record.score = score;
    record.setAddresses(addresses);
    return BatchItem.upsert(record);
  }

  @Override
  public Contact decode(JsonParser parser) throws IOException {
    JsonReaders.expectObject(parser, "crm_contact");
    String email = null;
    String firstName = null;
    boolean optedIn = false;
    int score = 0;
    List<Address> addresses = null;
    for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
      String text = parser.nextToken() == JsonToken.VALUE_STRING ? parser.getText() : null;
      switch (field) {
        case "email" -> email = text != null ? text : JsonReaders.readString(parser, "email");
        case "first_name" -> firstName = text != null ? text : JsonReaders.readString(parser, "first_name");
        case "opted_in" -> optedIn = JsonReaders.readBoolean(parser, "opted_in");
        case "score" -> score = JsonReaders.readInt(parser, "score");
        case "addresses" -> addresses = JsonReaders.readList(parser, "addresses", addressCodec);
        default -> JsonReaders.unknownField(parser, field, unknownFields);
      }
    }
    Contact record = new Contact();
    record.setEmail(email);
    record.setFirstName(firstName);
    record.setOptedIn(optedIn);
    record.score = score;
    record.setAddresses(addresses);
    return record;
  }

  @Override
  public PrimaryKey keyOf(Contact value) {
    return new PrimaryKey(PRIMARY_KEY, value.getEmail());
  }

  @Override
  public void encode(Contact value, JsonGenerator generator) throws IOException {
    generator.writeStartObject();
    if (value.getEmail() != null) {
      generator.writeFieldName(EMAIL_NAME);
      generator.writeString(value.getEmail());
    }
    if (value.getFirstName() != null) {
      generator.writeFieldName(FIRST_NAME_NAME);
      generator.writeString(value.getFirstName());
    }
    generator.writeFieldName(OPTED_IN_NAME);
    generator.writeBoolean(value.isOptedIn());
    generator.writeFieldName(SCORE_NAME);
    generator.writeNumber(value.score);
    if (value.getAddresses() != null) {
      generator.writeFieldName(ADDRESSES_NAME);
      generator.writeStartArray();
      for (Address element : value.getAddresses()) {
        if (element == null) {
          generator.writeNull();
        } else {
          addressCodec.encode(element, generator);
        }
      }
      generator.writeEndArray();
    }
    generator.writeEndObject();
  }
}
