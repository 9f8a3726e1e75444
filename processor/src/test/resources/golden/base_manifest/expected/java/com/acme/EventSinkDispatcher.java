package com.acme;

import dev.dovetail.runtime.DestinationDispatcher;
import dev.dovetail.runtime.DestinationHandler;
import dev.dovetail.runtime.DestinationInfo;
import dev.dovetail.runtime.codec.RecordCodec;
import dev.dovetail.runtime.codec.UnknownFields;
import javax.annotation.processing.Generated;

/**
 * Runtime glue of destination {@code event_sink} ({@link EventSink}), listed in the service index.
 */
@Generated(
    value = "dev.dovetail.processor.DovetailProcessor",
    comments = "dispatcher of destination event_sink"
)
public final class EventSinkDispatcher implements DestinationDispatcher<Event> {
  private static final DestinationInfo INFO = new DestinationInfo("event_sink", "EventSink",
      "Streams events to Acme.", "event", null, false);

  @Override
  public DestinationInfo info() {
    return INFO;
  }

  @Override
  public DestinationHandler<Event> newHandler() {
    return new EventSink();
  }

  @Override
  public RecordCodec<Event> codec(UnknownFields unknownFields) {
    return unknownFields == UnknownFields.IGNORE ? EventCodec.INSTANCE : new EventCodec(unknownFields);
  }
}
