package com.acme;

import dev.dovetail.runtime.DestinationDispatcher;
import dev.dovetail.runtime.DestinationHandler;
import dev.dovetail.runtime.DestinationInfo;
import dev.dovetail.runtime.SchemaDefinition;
import dev.dovetail.runtime.codec.RecordCodec;
import dev.dovetail.runtime.codec.UnknownFields;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Runtime glue of destination {@code measurement_sink} ({@link MeasurementSink}), listed in the service index.
 */
@Generated(
    value = "dev.dovetail.processor.DovetailProcessor",
    comments = "dispatcher of destination measurement_sink"
)
public final class MeasurementSinkDispatcher implements DestinationDispatcher<Measurement> {
  private static final DestinationInfo INFO = new DestinationInfo("measurement_sink",
      "MeasurementSink", "Stores measurements: a time-series sink for Measurement values.",
      "measurement", null, true);

  /**
   * The content of {@code destinations/schema/measurement.yml}.
   */
  private static final SchemaDefinition SCHEMA = new SchemaDefinition("measurement", "Measurement",
      "Reading: \"quoted\", #hash, 'single', ümlaut & 日本語\n"
      + "second line",
      List.of(
          SchemaDefinition.Field.primary("station_id", "Station Id", "station code", "string"),
          SchemaDefinition.Field.primary("taken_at", "Taken At", "epoch seconds", "long"),
          SchemaDefinition.Field.of("flag", "Flag", "a raw flag byte", "int"),
          SchemaDefinition.Field.of("small", "Small", "a short counter", "int"),
          SchemaDefinition.Field.of("count", "Count", "a count", "int"),
          SchemaDefinition.Field.of("big", "Big", "a big count", "long"),
          SchemaDefinition.Field.of("ratio", "Ratio", "a ratio", "float"),
          SchemaDefinition.Field.of("value", "Value", "the measured value", "float"),
          SchemaDefinition.Field.of("exact", "Exact", "an exact amount", "float"),
          SchemaDefinition.Field.of("valid", "Valid", "whether it passed validation", "boolean"),
          SchemaDefinition.Field.of("boxed_flag", "Boxed Flag", "boxed byte", "int"),
          SchemaDefinition.Field.of("boxed_small", "Boxed Small", "boxed short", "int"),
          SchemaDefinition.Field.of("boxed_count", "Boxed Count", "boxed int", "int"),
          SchemaDefinition.Field.of("boxed_big", "Boxed Big", "boxed long", "long"),
          SchemaDefinition.Field.of("boxed_ratio", "Boxed Ratio", "boxed float", "float"),
          SchemaDefinition.Field.of("boxed_value", "Boxed Value", "boxed double", "float"),
          SchemaDefinition.Field.of("boxed_valid", "Boxed Valid", "boxed boolean", "boolean"),
          SchemaDefinition.Field.of("samples", "Samples", "raw samples", "[float]"),
          SchemaDefinition.Field.of("weights", "Weights", "weights", "[float]"),
          SchemaDefinition.Field.of("bits", "Bits", "bit flags", "[boolean]"),
          SchemaDefinition.Field.of("labels", "Labels", "labels", "[string]"),
          SchemaDefinition.Field.of("levels", "Levels", "levels seen. One of: LOW, MEDIUM, HIGH.",
              "[string]")
              .withAllowedValues("LOW", "MEDIUM", "HIGH"),
          SchemaDefinition.Field.of("amounts", "Amounts", "amounts", "[float]"),
          SchemaDefinition.Field.of("yes", "Yes", "yes", "string"),
          SchemaDefinition.Field.of("no", "No", "no", "string"),
          SchemaDefinition.Field.of("on", "On", "null", "string"),
          SchemaDefinition.Field.of("null", "Null", "1e3", "string")),
      List.of());

  @Override
  public DestinationInfo info() {
    return INFO;
  }

  @Override
  public DestinationHandler<Measurement> newHandler() {
    return new MeasurementSink();
  }

  @Override
  public RecordCodec<Measurement> codec(UnknownFields unknownFields) {
    return unknownFields == UnknownFields.IGNORE ? MeasurementCodec.INSTANCE : new MeasurementCodec(unknownFields);
  }

  @Override
  public SchemaDefinition schema() {
    return SCHEMA;
  }
}
