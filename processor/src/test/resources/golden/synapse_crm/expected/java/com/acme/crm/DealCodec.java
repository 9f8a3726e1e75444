package com.acme.crm;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.dovetail.runtime.BatchItem;
import dev.dovetail.runtime.PrimaryKey;
import dev.dovetail.runtime.codec.JsonReaders;
import dev.dovetail.runtime.codec.JsonWriters;
import dev.dovetail.runtime.codec.RecordCodec;
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
    for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
      String field = parser.currentName();
      parser.nextToken();
      switch (field) {
        case "id" -> id = JsonReaders.readLongObject(parser, "id");
        case "title" -> title = JsonReaders.readString(parser, "title");
        case "value" -> value = JsonReaders.readBigDecimal(parser, "value");
        case "stage" -> stage = readDealStage(parser, "stage");
        case "close_date" -> closeDate = JsonReaders.readLocalDate(parser, "close_date");
        case "person_id" -> personId = JsonReaders.readLongObject(parser, "person_id");
        case "labels" -> labels = JsonReaders.readList(parser, "labels", JsonReaders::readString);
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
    for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
      String field = parser.currentName();
      parser.nextToken();
      switch (field) {
        case "id" -> id = JsonReaders.readLong(parser, "id");
        case "title" -> title = JsonReaders.readString(parser, "title");
        case "value" -> value = JsonReaders.readBigDecimal(parser, "value");
        case "stage" -> stage = readDealStage(parser, "stage");
        case "close_date" -> closeDate = JsonReaders.readLocalDate(parser, "close_date");
        case "person_id" -> personId = JsonReaders.readLongObject(parser, "person_id");
        case "labels" -> labels = JsonReaders.readList(parser, "labels", JsonReaders::readString);
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
    generator.writeNumberField("id", value.id());
    if (value.title() != null) {
      generator.writeStringField("title", value.title());
    }
    if (value.value() != null) {
      generator.writeNumberField("value", value.value());
    }
    if (value.stage() != null) {
      generator.writeStringField("stage", value.stage().name());
    }
    if (value.closeDate() != null) {
      generator.writeStringField("close_date", value.closeDate().toString());
    }
    if (value.personId() != null) {
      generator.writeNumberField("person_id", value.personId());
    }
    if (value.labels() != null) {
      generator.writeFieldName("labels");
      JsonWriters.writeCollection(value.labels(), generator, JsonWriters::writeString);
    }
    generator.writeNumberField("priority", value.priority());
    generator.writeNumberField("probability", value.probability());
    generator.writeBooleanField("archived", value.archived());
    if (value.updatedAt() != null) {
      generator.writeStringField("updated_at", value.updatedAt().toString());
    }
    generator.writeEndObject();
  }

  private static Deal.Stage readDealStage(JsonParser parser, String field) throws IOException {
    return JsonReaders.readEnum(parser, field, DealCodec::lookupDealStage, "LEAD, QUALIFIED, WON, LOST");
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
