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
 * Runtime glue of destination {@code event_sink} ({@link EventSink}), listed in the service index.
 */
@Generated(
    value = "dev.dovetail.processor.DovetailProcessor",
    comments = "dispatcher of destination event_sink"
)
public final class EventSinkDispatcher implements DestinationDispatcher<Event> {
  private static final DestinationInfo INFO = new DestinationInfo("event_sink", "EventSink",
      "Streams events to Acme.", "event", null, false);

  /**
   * The content of {@code destinations/schema/event.yml}.
   */
  private static final SchemaDefinition SCHEMA = new SchemaDefinition("event", "Event",
      "An analytics event.",
      List.of(
          SchemaDefinition.Field.primary("event_id", "Event Id", "unique event id", "string"),
          SchemaDefinition.Field.of("name", "Name", "event name", "string"),
          SchemaDefinition.Field.of("occurred_at", "Occurred At",
              "when it happened, epoch milliseconds", "long")),
      List.of());

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

  @Override
  public SchemaDefinition schema() {
    return SCHEMA;
  }
}
