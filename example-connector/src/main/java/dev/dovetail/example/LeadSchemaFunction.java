package dev.dovetail.example;

import dev.dovetail.runtime.DestinationSchemaFunction;
import dev.dovetail.runtime.SchemaDefinition;
import dev.dovetail.runtime.SchemaFunctionConfig;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schema of {@link LeadDestination}, discovered at run time: one field per column of the {@code leads} table,
 * its primary key as the schema's primary key. Creates the default table ({@link LeadTable#CREATE_DEFAULT}) when there
 * is none, so a fresh database works out of the box.
 *
 * <p>SQL types map to OCP types by name: BOOLEAN → {@code boolean}; BIGINT → {@code long}; other integer types →
 * {@code int}; REAL, FLOAT, DOUBLE, NUMERIC, DECIMAL → {@code float}; CHAR, VARCHAR, TEXT, CLOB → {@code string}.
 * Columns of other types, or whose names are not valid OCP field names, are left out with a warning.
 */
public class LeadSchemaFunction implements DestinationSchemaFunction {
  private static final Logger log = LoggerFactory.getLogger(LeadSchemaFunction.class);

  /** The schema name: what {@code destinations/schema/lead.yml} would be called if it were static. */
  public static final String SCHEMA_NAME = "lead";

  @Override
  public SchemaDefinition getDestinationsSchema(SchemaFunctionConfig config) throws SQLException {
    Database database = Database.fromSettings();
    LeadTable.Discovery discovery;
    try (Connection connection = database.open()) {
      LeadTable.createIfMissing(connection);
      discovery = LeadTable.discover(connection);
    }
    for (String skipped : discovery.skipped()) {
      log.warn("{}: a column of table {} is left out of the schema: {}", config.destinationKey(), LeadTable.NAME, skipped);
    }
    return schemaOf(discovery);
  }

  /** The schema for the discovered columns. */
  static SchemaDefinition schemaOf(LeadTable.Discovery discovery) {
    List<SchemaDefinition.Field> fields = new ArrayList<>();
    for (LeadTable.Column column : discovery.columns()) {
      String description = "Column " + column.name() + " (" + column.sqlType() + ") of table " + LeadTable.NAME
          + (column.primary() ? "; identifies the lead" : "");
      fields.add(new SchemaDefinition.Field(column.name(), LeadTable.displayName(column.name()), description,
          column.ocpType(), column.primary(), null));
    }
    return new SchemaDefinition(SCHEMA_NAME, "Lead",
        "A person who showed interest: one row of table " + LeadTable.NAME + ", with a field per column", fields, List.of());
  }
}
