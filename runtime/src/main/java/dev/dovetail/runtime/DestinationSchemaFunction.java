package dev.dovetail.runtime;

/**
 * Discovers a destination's schema at run time (OCP's {@code DestinationSchemaFunction}), for destinations whose
 * fields are only known from the external system. Name the class in
 * {@code @Destination(schemaFunction = ...)}; its handler then receives {@link DynamicRecord}s.
 *
 * <p>Needs a public no-argument constructor. The returned schema is checked with the OCP schema rules before any
 * record is decoded; a broken schema makes the destination not ready.
 */
public interface DestinationSchemaFunction {

  SchemaDefinition getDestinationsSchema(SchemaFunctionConfig config) throws Exception;
}
