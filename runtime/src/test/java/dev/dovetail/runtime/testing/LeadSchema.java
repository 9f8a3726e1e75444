package dev.dovetail.runtime.testing;

import dev.dovetail.runtime.DestinationSchemaFunction;
import dev.dovetail.runtime.SchemaDefinition;
import dev.dovetail.runtime.SchemaDefinition.CustomType;
import dev.dovetail.runtime.SchemaDefinition.Field;
import dev.dovetail.runtime.SchemaFunctionConfig;
import dev.dovetail.runtime.Settings;
import java.util.List;

/**
 * A schema function: {@code lead} with email (primary), score (int), tags ([string]) and company (custom type).
 * With the setting {@code leads.broken=true} it answers a schema with two problems.
 */
public final class LeadSchema implements DestinationSchemaFunction {

  public static SchemaDefinition valid() {
    CustomType company = new CustomType("company", "Company", "Where the lead works", List.of(
        Field.of("name", "Name", "Company name", "string"),
        Field.of("size", "Size", "Employees", "long")));
    return new SchemaDefinition("lead", "Lead", "A sales lead", List.of(
        Field.primary("email", "Email", "Lead e-mail address", "string"),
        Field.of("score", "Score", "Lead score", "int"),
        Field.of("tags", "Tags", "Labels", "[string]"),
        Field.of("company", "Company", "Employer", "company")),
        List.of(company));
  }

  public static SchemaDefinition broken() {
    return new SchemaDefinition("lead", "Lead", "A sales lead", List.of(
        Field.primary("email", "Email", "Lead e-mail address", "string"),
        Field.of("score", "Score", "", "integer")),
        List.of());
  }

  @Override
  public SchemaDefinition getDestinationsSchema(SchemaFunctionConfig config) {
    return Settings.get("leads.broken", "false").equals("true") ? broken() : valid();
  }
}
