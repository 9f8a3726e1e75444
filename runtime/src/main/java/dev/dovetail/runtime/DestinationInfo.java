package dev.dovetail.runtime;

/**
 * What the processor knew about a destination, compiled into its dispatcher.
 *
 * @param name the key under {@code destinations:}
 * @param entryPoint the handler class (simple name, as in {@code app.yml})
 * @param schema the static schema name, or {@code null} with a schema function
 * @param schemaFunction the schema function class (simple name), or {@code null} for a static schema
 */
public record DestinationInfo(
    String name, String entryPoint, String description, String schema, String schemaFunction, boolean supportsDelete) {

  public boolean dynamicSchema() {
    return schemaFunction != null;
  }
}
