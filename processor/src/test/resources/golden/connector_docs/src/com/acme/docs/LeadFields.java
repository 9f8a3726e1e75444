package com.acme.docs;

import dev.dovetail.runtime.DestinationSchemaFunction;
import dev.dovetail.runtime.SchemaDefinition;
import dev.dovetail.runtime.SchemaFunctionConfig;
import java.util.List;

/** Reads the lead fields the Acme account defines. */
public class LeadFields implements DestinationSchemaFunction {
  @Override
  public SchemaDefinition getDestinationsSchema(SchemaFunctionConfig config) {
    return new SchemaDefinition("lead", "Lead", "A sales lead", List.of(
        SchemaDefinition.Field.primary("email", "Email", "Lead e-mail", "string")), List.of());
  }
}
