package com.acme;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.dovetail.runtime.BatchItem;
import dev.dovetail.runtime.PrimaryKey;
import dev.dovetail.runtime.codec.ElementReader;
import dev.dovetail.runtime.codec.ElementReaders;
import dev.dovetail.runtime.codec.JsonReaders;
import dev.dovetail.runtime.codec.JsonWriters;
import dev.dovetail.runtime.codec.RecordCodec;
import dev.dovetail.runtime.codec.RecordDecodeException;
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

  private static final SerializableString STATION_ID_NAME = new SerializedString("station_id");

  private static final SerializableString TAKEN_AT_NAME = new SerializedString("taken_at");

  private static final SerializableString FLAG_NAME = new SerializedString("flag");

  private static final SerializableString SMALL_NAME = new SerializedString("small");

  private static final SerializableString COUNT_NAME = new SerializedString("count");

  private static final SerializableString BIG_NAME = new SerializedString("big");

  private static final SerializableString RATIO_NAME = new SerializedString("ratio");

  private static final SerializableString VALUE_NAME = new SerializedString("value");

  private static final SerializableString EXACT_NAME = new SerializedString("exact");

  private static final SerializableString VALID_NAME = new SerializedString("valid");

  private static final SerializableString BOXED_FLAG_NAME = new SerializedString("boxed_flag");

  private static final SerializableString BOXED_SMALL_NAME = new SerializedString("boxed_small");

  private static final SerializableString BOXED_COUNT_NAME = new SerializedString("boxed_count");

  private static final SerializableString BOXED_BIG_NAME = new SerializedString("boxed_big");

  private static final SerializableString BOXED_RATIO_NAME = new SerializedString("boxed_ratio");

  private static final SerializableString BOXED_VALUE_NAME = new SerializedString("boxed_value");

  private static final SerializableString BOXED_VALID_NAME = new SerializedString("boxed_valid");

  private static final SerializableString SAMPLES_NAME = new SerializedString("samples");

  private static final SerializableString WEIGHTS_NAME = new SerializedString("weights");

  private static final SerializableString BITS_NAME = new SerializedString("bits");

  private static final SerializableString LABELS_NAME = new SerializedString("labels");

  private static final SerializableString LEVELS_NAME = new SerializedString("levels");

  private static final SerializableString AMOUNTS_NAME = new SerializedString("amounts");

  private static final SerializableString YES_NAME = new SerializedString("yes");

  private static final SerializableString NO_NAME = new SerializedString("no");

  private static final SerializableString ON_NAME = new SerializedString("on");

  private static final SerializableString NULL_NAME = new SerializedString("null");

  private static final ElementReader<Measurement.Level> MEASUREMENT_LEVEL_READER = new ElementReader<Measurement.Level>() {
    @Override
    public Measurement.Level read(JsonParser parser, String field) throws IOException {
      return readMeasurementLevel(parser, field);
    }
  };

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
    for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
      String text = parser.nextToken() == JsonToken.VALUE_STRING ? parser.getText() : null;
      switch (field) {
        case "station_id" -> stationId = text != null ? text : JsonReaders.readString(parser, "station_id");
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
        case "labels" -> labels = JsonReaders.readArray(parser, "labels", ElementReaders.STRING, new String[0]);
        case "levels" -> levels = JsonReaders.readSet(parser, "levels", MEASUREMENT_LEVEL_READER);
        case "amounts" -> amounts = JsonReaders.readList(parser, "amounts", ElementReaders.BIG_DECIMAL);
        case "yes" -> yesField = text != null ? text : JsonReaders.readString(parser, "yes");
        case "no" -> noField = text != null ? text : JsonReaders.readString(parser, "no");
        case "on" -> onField = text != null ? text : JsonReaders.readString(parser, "on");
        case "null" -> nullField = text != null ? text : JsonReaders.readString(parser, "null");
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
    for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
      String text = parser.nextToken() == JsonToken.VALUE_STRING ? parser.getText() : null;
      switch (field) {
        case "station_id" -> stationId = text != null ? text : JsonReaders.readString(parser, "station_id");
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
        case "labels" -> labels = JsonReaders.readArray(parser, "labels", ElementReaders.STRING, new String[0]);
        case "levels" -> levels = JsonReaders.readSet(parser, "levels", MEASUREMENT_LEVEL_READER);
        case "amounts" -> amounts = JsonReaders.readList(parser, "amounts", ElementReaders.BIG_DECIMAL);
        case "yes" -> yesField = text != null ? text : JsonReaders.readString(parser, "yes");
        case "no" -> noField = text != null ? text : JsonReaders.readString(parser, "no");
        case "on" -> onField = text != null ? text : JsonReaders.readString(parser, "on");
        case "null" -> nullField = text != null ? text : JsonReaders.readString(parser, "null");
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
      generator.writeFieldName(STATION_ID_NAME);
      generator.writeString(value.stationId());
    }
    generator.writeFieldName(TAKEN_AT_NAME);
    generator.writeNumber(value.takenAt());
    generator.writeFieldName(FLAG_NAME);
    generator.writeNumber(value.flag());
    generator.writeFieldName(SMALL_NAME);
    generator.writeNumber(value.small());
    generator.writeFieldName(COUNT_NAME);
    generator.writeNumber(value.count());
    generator.writeFieldName(BIG_NAME);
    generator.writeNumber(value.big());
    generator.writeFieldName(RATIO_NAME);
    generator.writeNumber(value.ratio());
    generator.writeFieldName(VALUE_NAME);
    generator.writeNumber(value.value());
    if (value.exact() != null) {
      generator.writeFieldName(EXACT_NAME);
      generator.writeNumber(value.exact());
    }
    generator.writeFieldName(VALID_NAME);
    generator.writeBoolean(value.valid());
    if (value.boxedFlag() != null) {
      generator.writeFieldName(BOXED_FLAG_NAME);
      generator.writeNumber(value.boxedFlag());
    }
    if (value.boxedSmall() != null) {
      generator.writeFieldName(BOXED_SMALL_NAME);
      generator.writeNumber(value.boxedSmall());
    }
    if (value.boxedCount() != null) {
      generator.writeFieldName(BOXED_COUNT_NAME);
      generator.writeNumber(value.boxedCount());
    }
    if (value.boxedBig() != null) {
      generator.writeFieldName(BOXED_BIG_NAME);
      generator.writeNumber(value.boxedBig());
    }
    if (value.boxedRatio() != null) {
      generator.writeFieldName(BOXED_RATIO_NAME);
      generator.writeNumber(value.boxedRatio());
    }
    if (value.boxedValue() != null) {
      generator.writeFieldName(BOXED_VALUE_NAME);
      generator.writeNumber(value.boxedValue());
    }
    if (value.boxedValid() != null) {
      generator.writeFieldName(BOXED_VALID_NAME);
      generator.writeBoolean(value.boxedValid());
    }
    if (value.samples() != null) {
      generator.writeFieldName(SAMPLES_NAME);
      JsonWriters.writeArray(value.samples(), generator);
    }
    if (value.weights() != null) {
      generator.writeFieldName(WEIGHTS_NAME);
      JsonWriters.writeArray(value.weights(), generator);
    }
    if (value.bits() != null) {
      generator.writeFieldName(BITS_NAME);
      JsonWriters.writeArray(value.bits(), generator);
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
    if (value.levels() != null) {
      generator.writeFieldName(LEVELS_NAME);
      generator.writeStartArray();
      for (Measurement.Level element : value.levels()) {
        if (element == null) {
          generator.writeNull();
        } else {
          generator.writeString(element.name());
        }
      }
      generator.writeEndArray();
    }
    if (value.amounts() != null) {
      generator.writeFieldName(AMOUNTS_NAME);
      generator.writeStartArray();
      for (BigDecimal element : value.amounts()) {
        if (element == null) {
          generator.writeNull();
        } else {
          generator.writeNumber(element);
        }
      }
      generator.writeEndArray();
    }
    if (value.yesField() != null) {
      generator.writeFieldName(YES_NAME);
      generator.writeString(value.yesField());
    }
    if (value.noField() != null) {
      generator.writeFieldName(NO_NAME);
      generator.writeString(value.noField());
    }
    if (value.onField() != null) {
      generator.writeFieldName(ON_NAME);
      generator.writeString(value.onField());
    }
    if (value.nullField() != null) {
      generator.writeFieldName(NULL_NAME);
      generator.writeString(value.nullField());
    }
    generator.writeEndObject();
  }

  private static Measurement.Level readMeasurementLevel(JsonParser parser, String field) throws
      IOException {
    String name = JsonReaders.readString(parser, field);
    return name == null ? null : toMeasurementLevel(name, field);
  }

  private static Measurement.Level toMeasurementLevel(String name, String field) throws
      RecordDecodeException {
    Measurement.Level value = lookupMeasurementLevel(name);
    if (value == null) {
      throw new RecordDecodeException(field, "'" + name + "' is not one of " + "LOW, MEDIUM, HIGH");
    }
    return value;
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
