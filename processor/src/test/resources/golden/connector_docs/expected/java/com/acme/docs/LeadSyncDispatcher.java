package com.acme.docs;

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
 * Runtime glue of destination {@code lead_sync} ({@link LeadSync}), listed in the service index.
 */
@Generated(
    value = "dev.dovetail.processor.DovetailProcessor",
    comments = "dispatcher of destination lead_sync"
)
public final class LeadSyncDispatcher implements DestinationDispatcher<DynamicRecord> {
  private static final DestinationInfo INFO = new DestinationInfo("lead_sync", "LeadSync",
      "Sends leads to Acme; the fields are whatever the Acme account defines.", null, "LeadFields",
      false);

  @Override
  public DestinationInfo info() {
    return INFO;
  }

  @Override
  public DestinationHandler<DynamicRecord> newHandler() {
    return new LeadSync();
  }

  /**
   * Builds a codec for the schema {@link #schema()} answers.
   */
  @Override
  public RecordCodec<DynamicRecord> codec(UnknownFields unknownFields) throws Exception {
    return DynamicRecordCodec.forSchema(schema(), unknownFields);
  }

  /**
   * Asks {@link LeadFields} for the schema and checks it with the OCP rules.
   */
  @Override
  public SchemaDefinition schema() throws Exception {
    SchemaDefinition schema = new LeadFields().getDestinationsSchema(new SchemaFunctionConfig(INFO.name()));
    SchemaRules.requireValid(schema);
    return schema;
  }
}
