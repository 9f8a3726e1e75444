package dev.dovetail.runtime.testing;

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

/** Mimics a generated dispatcher of a dynamic-schema destination. */
public final class LeadsDispatcher implements DestinationDispatcher<DynamicRecord> {
  private static final DestinationInfo INFO =
      new DestinationInfo("leads", "LeadSync", "Sends leads", null, "LeadSchema", false);

  @Override
  public DestinationInfo info() {
    return INFO;
  }

  @Override
  public DestinationHandler<DynamicRecord> newHandler() {
    return new LeadSync();
  }

  @Override
  public RecordCodec<DynamicRecord> codec(UnknownFields policy) throws Exception {
    return DynamicRecordCodec.forSchema(schema(), policy);
  }

  @Override
  public SchemaDefinition schema() throws Exception {
    SchemaDefinition schema = new LeadSchema().getDestinationsSchema(new SchemaFunctionConfig(INFO.name()));
    SchemaRules.requireValid(schema);
    return schema;
  }
}
