package com.acme;

import dev.dovetail.runtime.DestinationDispatcher;
import dev.dovetail.runtime.DestinationHandler;
import dev.dovetail.runtime.DestinationInfo;
import dev.dovetail.runtime.codec.RecordCodec;
import dev.dovetail.runtime.codec.UnknownFields;
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
}
