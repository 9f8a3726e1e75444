package com.acme;

import dev.dovetail.runtime.DestinationDispatcher;
import dev.dovetail.runtime.DestinationHandler;
import dev.dovetail.runtime.DestinationInfo;
import dev.dovetail.runtime.DynamicRecord;
import dev.dovetail.runtime.SchemaDefinition;
import dev.dovetail.runtime.SchemaFunctionConfig;
import dev.dovetail.runtime.codec.DynamicRecordCodec;
import dev.dovetail.runtime.codec.RecordCodec;
import dev.dovetail.runtime.codec.UnknownFields;
import dev.dovetail.runtime.ocp.SchemaRules;
import javax.annotation.processing.Generated;

/**
 * Runtime glue of destination {@code lead_push} ({@link LeadPush}), listed in the service index.
 */
@Generated(
    value = "dev.dovetail.processor.DovetailProcessor",
    comments = "dispatcher of destination lead_push"
)
public final class LeadPushDispatcher implements DestinationDispatcher<DynamicRecord> {
  private static final DestinationInfo INFO = new DestinationInfo("lead_push", "LeadPush",
      "Sends leads; fields are discovered at run time", null, "LeadSchema", false);

  @Override
  public DestinationInfo info() {
    return INFO;
  }

  @Override
  public DestinationHandler<DynamicRecord> newHandler() {
    return new LeadPush();
  }

  /**
   * Builds a codec for the schema {@link #schema()} answers.
   */
  @Override
  public RecordCodec<DynamicRecord> codec(UnknownFields unknownFields) throws Exception {
    return DynamicRecordCodec.forSchema(schema(), unknownFields);
  }

  /**
   * Asks {@link LeadSchema} for the schema and checks it with the OCP rules.
   */
  @Override
  public SchemaDefinition schema() throws Exception {
    SchemaDefinition schema = new LeadSchema().getDestinationsSchema(new SchemaFunctionConfig(INFO.name()));
    SchemaRules.requireValid(schema);
    return schema;
  }
}
