package com.acme;

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
import java.util.List;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * JSON codec of {@link Measurement}, generated from its annotations.
 */
@Generated(
    value = "dev.dovetail.processor.DovetailProcessor",
    comments = "codec of schema measurement"
)
public final class MeasurementCodec implements RecordCodec<Measurement> {
  /**
   * Shared instance; unknown fields are ignored.
   */
  public static final MeasurementCodec INSTANCE = new MeasurementCodec(UnknownFields.IGNORE);

  private static final List<String> PRIMARY_KEY = List.of("station_id", "taken_at");

  private final UnknownFields unknownFields;

  /**
   * A codec that applies {@code unknownFields} to fields the schema does not declare.
   */
  public MeasurementCodec(UnknownFields unknownFields) {
    this.unknownFields = unknownFields;
  }

  @Override
  public String schemaName() {
    return "measurement";
  }

  @Override
  public List<String> primaryKey() {
    return PRIMARY_KEY;
  }

  @Override
  public BatchItem<Measurement> decodeItem(JsonParser parser) throws IOException {
    JsonReaders.expectObject(parser, "measurement");
    String stationId = null;
    Long takenAt = null;
    byte flag = (byte) 0;
    short small = (short) 0;
    int count = 0;
    long big = 0L;
    float ratio = 0f;
    double value = 0d;
    BigDecimal exact = null;
    boolean valid = false;
    Byte boxedFlag = null;
    Short boxedSmall = null;
    Integer boxedCount = null;
    Long boxedBig = null;
    Float boxedRatio = null;
    Double boxedValue = null;
    Boolean boxedValid = null;
    double[] samples = null;
    float[] weights = null;
    boolean[] bits = null;
    String[] labels = null;
    Set<Measurement.Level> levels = null;
    List<BigDecimal> amounts = null;
    String yesField = null;
    String noField = null;
    String onField = null;
    String nullField = null;
    boolean deleted = false;
    for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
      String field = parser.currentName();
      parser.nextToken();
      switch (field) {
        case "station_id" -> stationId = JsonReaders.readString(parser, "station_id");
        case "taken_at" -> takenAt = JsonReaders.readLongObject(parser, "taken_at");
        case "flag" -> flag = JsonReaders.readByte(parser, "flag");
        case "small" -> small = JsonReaders.readShort(parser, "small");
        case "count" -> count = JsonReaders.readInt(parser, "count");
        case "big" -> big = JsonReaders.readLong(parser, "big");
        case "ratio" -> ratio = JsonReaders.readFloat(parser, "ratio");
        case "value" -> value = JsonReaders.readDouble(parser, "value");
        case "exact" -> exact = JsonReaders.readBigDecimal(parser, "exact");
        case "valid" -> valid = JsonReaders.readBoolean(parser, "valid");
        case "boxed_flag" -> boxedFlag = JsonReaders.readByteObject(parser, "boxed_flag");
        case "boxed_small" -> boxedSmall = JsonReaders.readShortObject(parser, "boxed_small");
        case "boxed_count" -> boxedCount = JsonReaders.readIntObject(parser, "boxed_count");
        case "boxed_big" -> boxedBig = JsonReaders.readLongObject(parser, "boxed_big");
        case "boxed_ratio" -> boxedRatio = JsonReaders.readFloatObject(parser, "boxed_ratio");
        case "boxed_value" -> boxedValue = JsonReaders.readDoubleObject(parser, "boxed_value");
        case "boxed_valid" -> boxedValid = JsonReaders.readBooleanObject(parser, "boxed_valid");
        case "samples" -> samples = JsonReaders.readDoubleArray(parser, "samples");
        case "weights" -> weights = JsonReaders.readFloatArray(parser, "weights");
        case "bits" -> bits = JsonReaders.readBooleanArray(parser, "bits");
        case "labels" -> labels = JsonReaders.readArray(parser, "labels", JsonReaders::readString, String[]::new);
        case "levels" -> levels = JsonReaders.readSet(parser, "levels", MeasurementCodec::readMeasurementLevel);
        case "amounts" -> amounts = JsonReaders.readList(parser, "amounts", JsonReaders::readBigDecimal);
        case "yes" -> yesField = JsonReaders.readString(parser, "yes");
        case "no" -> noField = JsonReaders.readString(parser, "no");
        case "on" -> onField = JsonReaders.readString(parser, "on");
        case "null" -> nullField = JsonReaders.readString(parser, "null");
        case "_isDeleted" -> deleted = JsonReaders.readBoolean(parser, "_isDeleted");
        default -> JsonReaders.unknownField(parser, field, unknownFields);
      }
    }
    if (deleted) {
      return BatchItem.delete(new PrimaryKey(PRIMARY_KEY, JsonReaders.requireKey(stationId, "station_id"), JsonReaders.requireKey(takenAt, "taken_at")));
    }
    JsonReaders.requireKey(stationId, "station_id");
    JsonReaders.requireKey(takenAt, "taken_at");
    Measurement record = new Measurement(stationId, takenAt, flag, small, count, big, ratio, value, exact, valid, boxedFlag, boxedSmall, boxedCount, boxedBig, boxedRatio, boxedValue, boxedValid, samples, weights, bits, labels, levels, amounts, yesField, noField, onField, nullField);
    return BatchItem.upsert(record);
  }

  @Override
  public Measurement decode(JsonParser parser) throws IOException {
    JsonReaders.expectObject(parser, "measurement");
    String stationId = null;
    long takenAt = 0L;
    byte flag = (byte) 0;
    short small = (short) 0;
    int count = 0;
    long big = 0L;
    float ratio = 0f;
    double value = 0d;
    BigDecimal exact = null;
    boolean valid = false;
    Byte boxedFlag = null;
    Short boxedSmall = null;
    Integer boxedCount = null;
    Long boxedBig = null;
    Float boxedRatio = null;
    Double boxedValue = null;
    Boolean boxedValid = null;
    double[] samples = null;
    float[] weights = null;
    boolean[] bits = null;
    String[] labels = null;
    Set<Measurement.Level> levels = null;
    List<BigDecimal> amounts = null;
    String yesField = null;
    String noField = null;
    String onField = null;
    String nullField = null;
    for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
      String field = parser.currentName();
      parser.nextToken();
      switch (field) {
        case "station_id" -> stationId = JsonReaders.readString(parser, "station_id");
        case "taken_at" -> takenAt = JsonReaders.readLong(parser, "taken_at");
        case "flag" -> flag = JsonReaders.readByte(parser, "flag");
        case "small" -> small = JsonReaders.readShort(parser, "small");
        case "count" -> count = JsonReaders.readInt(parser, "count");
        case "big" -> big = JsonReaders.readLong(parser, "big");
        case "ratio" -> ratio = JsonReaders.readFloat(parser, "ratio");
        case "value" -> value = JsonReaders.readDouble(parser, "value");
        case "exact" -> exact = JsonReaders.readBigDecimal(parser, "exact");
        case "valid" -> valid = JsonReaders.readBoolean(parser, "valid");
        case "boxed_flag" -> boxedFlag = JsonReaders.readByteObject(parser, "boxed_flag");
        case "boxed_small" -> boxedSmall = JsonReaders.readShortObject(parser, "boxed_small");
        case "boxed_count" -> boxedCount = JsonReaders.readIntObject(parser, "boxed_count");
        case "boxed_big" -> boxedBig = JsonReaders.readLongObject(parser, "boxed_big");
        case "boxed_ratio" -> boxedRatio = JsonReaders.readFloatObject(parser, "boxed_ratio");
        case "boxed_value" -> boxedValue = JsonReaders.readDoubleObject(parser, "boxed_value");
        case "boxed_valid" -> boxedValid = JsonReaders.readBooleanObject(parser, "boxed_valid");
        case "samples" -> samples = JsonReaders.readDoubleArray(parser, "samples");
        case "weights" -> weights = JsonReaders.readFloatArray(parser, "weights");
        case "bits" -> bits = JsonReaders.readBooleanArray(parser, "bits");
        case "labels" -> labels = JsonReaders.readArray(parser, "labels", JsonReaders::readString, String[]::new);
        case "levels" -> levels = JsonReaders.readSet(parser, "levels", MeasurementCodec::readMeasurementLevel);
        case "amounts" -> amounts = JsonReaders.readList(parser, "amounts", JsonReaders::readBigDecimal);
        case "yes" -> yesField = JsonReaders.readString(parser, "yes");
        case "no" -> noField = JsonReaders.readString(parser, "no");
        case "on" -> onField = JsonReaders.readString(parser, "on");
        case "null" -> nullField = JsonReaders.readString(parser, "null");
        default -> JsonReaders.unknownField(parser, field, unknownFields);
      }
    }
    Measurement record = new Measurement(stationId, takenAt, flag, small, count, big, ratio, value, exact, valid, boxedFlag, boxedSmall, boxedCount, boxedBig, boxedRatio, boxedValue, boxedValid, samples, weights, bits, labels, levels, amounts, yesField, noField, onField, nullField);
    return record;
  }

  @Override
  public PrimaryKey keyOf(Measurement value) {
    return new PrimaryKey(PRIMARY_KEY, value.stationId(), value.takenAt());
  }

  @Override
  public void encode(Measurement value, JsonGenerator generator) throws IOException {
    generator.writeStartObject();
    if (value.stationId() != null) {
      generator.writeStringField("station_id", value.stationId());
    }
    generator.writeNumberField("taken_at", value.takenAt());
    generator.writeNumberField("flag", value.flag());
    generator.writeNumberField("small", value.small());
    generator.writeNumberField("count", value.count());
    generator.writeNumberField("big", value.big());
    generator.writeNumberField("ratio", value.ratio());
    generator.writeNumberField("value", value.value());
    if (value.exact() != null) {
      generator.writeNumberField("exact", value.exact());
    }
    generator.writeBooleanField("valid", value.valid());
    if (value.boxedFlag() != null) {
      generator.writeNumberField("boxed_flag", value.boxedFlag());
    }
    if (value.boxedSmall() != null) {
      generator.writeNumberField("boxed_small", value.boxedSmall());
    }
    if (value.boxedCount() != null) {
      generator.writeNumberField("boxed_count", value.boxedCount());
    }
    if (value.boxedBig() != null) {
      generator.writeNumberField("boxed_big", value.boxedBig());
    }
    if (value.boxedRatio() != null) {
      generator.writeNumberField("boxed_ratio", value.boxedRatio());
    }
    if (value.boxedValue() != null) {
      generator.writeNumberField("boxed_value", value.boxedValue());
    }
    if (value.boxedValid() != null) {
      generator.writeBooleanField("boxed_valid", value.boxedValid());
    }
    if (value.samples() != null) {
      generator.writeFieldName("samples");
      JsonWriters.writeArray(value.samples(), generator);
    }
    if (value.weights() != null) {
      generator.writeFieldName("weights");
      JsonWriters.writeArray(value.weights(), generator);
    }
    if (value.bits() != null) {
      generator.writeFieldName("bits");
      JsonWriters.writeArray(value.bits(), generator);
    }
    if (value.labels() != null) {
      generator.writeFieldName("labels");
      JsonWriters.writeArray(value.labels(), generator, JsonWriters::writeString);
    }
    if (value.levels() != null) {
      generator.writeFieldName("levels");
      JsonWriters.writeCollection(value.levels(), generator, JsonWriters::writeEnum);
    }
    if (value.amounts() != null) {
      generator.writeFieldName("amounts");
      JsonWriters.writeCollection(value.amounts(), generator, JsonWriters::writeNumber);
    }
    if (value.yesField() != null) {
      generator.writeStringField("yes", value.yesField());
    }
    if (value.noField() != null) {
      generator.writeStringField("no", value.noField());
    }
    if (value.onField() != null) {
      generator.writeStringField("on", value.onField());
    }
    if (value.nullField() != null) {
      generator.writeStringField("null", value.nullField());
    }
    generator.writeEndObject();
  }

  private static Measurement.Level readMeasurementLevel(JsonParser parser, String field) throws
      IOException {
    return JsonReaders.readEnum(parser, field, MeasurementCodec::lookupMeasurementLevel, "LOW, MEDIUM, HIGH");
  }

  private static Measurement.Level lookupMeasurementLevel(String name) {
    return switch (name) {
      case "LOW" -> Measurement.Level.LOW;
      case "MEDIUM" -> Measurement.Level.MEDIUM;
      case "HIGH" -> Measurement.Level.HIGH;
      default -> null;
    };
  }
}
