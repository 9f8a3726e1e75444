package com.acme.crm;

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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * JSON codec of {@link Deal}, generated from its annotations.
 */
@Generated(
    value = "dev.dovetail.processor.DovetailProcessor",
    comments = "codec of schema deal"
)
public final class DealCodec implements RecordCodec<Deal> {
  /**
   * Shared instance; unknown fields are ignored.
   */
  public static final DealCodec INSTANCE = new DealCodec(UnknownFields.IGNORE);

  private static final List<String> PRIMARY_KEY = List.of("id");

  private static final SerializableString ID_NAME = new SerializedString("id");

  private static final SerializableString TITLE_NAME = new SerializedString("title");

  private static final SerializableString VALUE_NAME = new SerializedString("value");

  private static final SerializableString STAGE_NAME = new SerializedString("stage");

  private static final SerializableString CLOSE_DATE_NAME = new SerializedString("close_date");

  private static final SerializableString PERSON_ID_NAME = new SerializedString("person_id");

  private static final SerializableString LABELS_NAME = new SerializedString("labels");

  private static final SerializableString PRIORITY_NAME = new SerializedString("priority");

  private static final SerializableString PROBABILITY_NAME = new SerializedString("probability");

  private static final SerializableString ARCHIVED_NAME = new SerializedString("archived");

  private static final SerializableString UPDATED_AT_NAME = new SerializedString("updated_at");

  private final UnknownFields unknownFields;

  /**
   * A codec that applies {@code unknownFields} to fields the schema does not declare.
   */
  public DealCodec(UnknownFields unknownFields) {
    this.unknownFields = unknownFields;
  }

  @Override
  public String schemaName() {
    return "deal";
  }

  @Override
  public List<String> primaryKey() {
    return PRIMARY_KEY;
  }

  @Override
  public BatchItem<Deal> decodeItem(JsonParser parser) throws IOException {
    JsonReaders.expectObject(parser, "deal");
    Long id = null;
    String title = null;
    BigDecimal value = null;
    Deal.Stage stage = null;
    LocalDate closeDate = null;
    Long personId = null;
    List<String> labels = null;
    int priority = 0;
    double probability = 0d;
    boolean archived = false;
    Instant updatedAt = null;
    boolean deleted = false;
    for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
      String text = parser.nextToken() == JsonToken.VALUE_STRING ? parser.getText() : null;
      switch (field) {
        case "id" -> id = JsonReaders.readLongObject(parser, "id");
        case "title" -> title = text != null ? text : JsonReaders.readString(parser, "title");
        case "value" -> value = JsonReaders.readBigDecimal(parser, "value");
        case "stage" -> stage = text != null ? toDealStage(text, "stage") : readDealStage(parser, "stage");
        case "close_date" -> closeDate = JsonReaders.readLocalDate(parser, "close_date");
        case "person_id" -> personId = JsonReaders.readLongObject(parser, "person_id");
        case "labels" -> labels = JsonReaders.readList(parser, "labels", ElementReaders.STRING);
        case "priority" -> priority = JsonReaders.readInt(parser, "priority");
        case "probability" -> probability = JsonReaders.readDouble(parser, "probability");
        case "archived" -> archived = JsonReaders.readBoolean(parser, "archived");
        case "updated_at" -> updatedAt = JsonReaders.readInstant(parser, "updated_at");
        case "_isDeleted" -> deleted = JsonReaders.readBoolean(parser, "_isDeleted");
        default -> JsonReaders.unknownField(parser, field, unknownFields);
      }
    }
    if (deleted) {
      return BatchItem.delete(new PrimaryKey(PRIMARY_KEY, JsonReaders.requireKey(id, "id")));
    }
    JsonReaders.requireKey(id, "id");
    Deal record = new Deal(id, title, value, stage, closeDate, personId, labels, priority, probability, archived, updatedAt);
    return BatchItem.upsert(record);
  }

  @Override
  public Deal decode(JsonParser parser) throws IOException {
    JsonReaders.expectObject(parser, "deal");
    long id = 0L;
    String title = null;
    BigDecimal value = null;
    Deal.Stage stage = null;
    LocalDate closeDate = null;
    Long personId = null;
    List<String> labels = null;
    int priority = 0;
    double probability = 0d;
    boolean archived = false;
    Instant updatedAt = null;
    for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
      String text = parser.nextToken() == JsonToken.VALUE_STRING ? parser.getText() : null;
      switch (field) {
        case "id" -> id = JsonReaders.readLong(parser, "id");
        case "title" -> title = text != null ? text : JsonReaders.readString(parser, "title");
        case "value" -> value = JsonReaders.readBigDecimal(parser, "value");
        case "stage" -> stage = text != null ? toDealStage(text, "stage") : readDealStage(parser, "stage");
        case "close_date" -> closeDate = JsonReaders.readLocalDate(parser, "close_date");
        case "person_id" -> personId = JsonReaders.readLongObject(parser, "person_id");
        case "labels" -> labels = JsonReaders.readList(parser, "labels", ElementReaders.STRING);
        case "priority" -> priority = JsonReaders.readInt(parser, "priority");
        case "probability" -> probability = JsonReaders.readDouble(parser, "probability");
        case "archived" -> archived = JsonReaders.readBoolean(parser, "archived");
        case "updated_at" -> updatedAt = JsonReaders.readInstant(parser, "updated_at");
        default -> JsonReaders.unknownField(parser, field, unknownFields);
      }
    }
    Deal record = new Deal(id, title, value, stage, closeDate, personId, labels, priority, probability, archived, updatedAt);
    return record;
  }

  @Override
  public PrimaryKey keyOf(Deal value) {
    return new PrimaryKey(PRIMARY_KEY, value.id());
  }

  @Override
  public void encode(Deal value, JsonGenerator generator) throws IOException {
    generator.writeStartObject();
    generator.writeFieldName(ID_NAME);
    generator.writeNumber(value.id());
    if (value.title() != null) {
      generator.writeFieldName(TITLE_NAME);
      generator.writeString(value.title());
    }
    if (value.value() != null) {
      generator.writeFieldName(VALUE_NAME);
      generator.writeNumber(value.value());
    }
    if (value.stage() != null) {
      generator.writeFieldName(STAGE_NAME);
      generator.writeString(value.stage().name());
    }
    if (value.closeDate() != null) {
      generator.writeFieldName(CLOSE_DATE_NAME);
      generator.writeString(value.closeDate().toString());
    }
    if (value.personId() != null) {
      generator.writeFieldName(PERSON_ID_NAME);
      generator.writeNumber(value.personId());
    }
    if (value.labels() != null) {
      generator.writeFieldName(LABELS_NAME);
      generator.writeStartArray();
      for (String element : value.labels()) {
        if (element == null) {
          generator.writeNull();
        } else {
          generator.writeString(element);
        }
      }
      generator.writeEndArray();
    }
    generator.writeFieldName(PRIORITY_NAME);
    generator.writeNumber(value.priority());
    generator.writeFieldName(PROBABILITY_NAME);
    generator.writeNumber(value.probability());
    generator.writeFieldName(ARCHIVED_NAME);
    generator.writeBoolean(value.archived());
    if (value.updatedAt() != null) {
      generator.writeFieldName(UPDATED_AT_NAME);
      JsonWriters.writeInstant(value.updatedAt(), generator);
    }
    generator.writeEndObject();
  }

  private static Deal.Stage readDealStage(JsonParser parser, String field) throws IOException {
    String name = JsonReaders.readString(parser, field);
    return name == null ? null : toDealStage(name, field);
  }

  private static Deal.Stage toDealStage(String name, String field) throws RecordDecodeException {
    Deal.Stage value = lookupDealStage(name);
    if (value == null) {
      throw new RecordDecodeException(field, "'" + name + "' is not one of " + "LEAD, QUALIFIED, WON, LOST");
    }
    return value;
  }

  private static Deal.Stage lookupDealStage(String name) {
    return switch (name) {
      case "LEAD" -> Deal.Stage.LEAD;
      case "QUALIFIED" -> Deal.Stage.QUALIFIED;
      case "WON" -> Deal.Stage.WON;
      case "LOST" -> Deal.Stage.LOST;
      default -> null;
    };
  }
}
