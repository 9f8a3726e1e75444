package dev.dovetail.runtime;

import dev.dovetail.runtime.codec.RecordCodec;
import dev.dovetail.runtime.codec.UnknownFields;

/**
 * Generated glue between the runtime and one {@code @Destination} class ({@code <Class>Dispatcher}), listed in
 * {@code META-INF/services/dev.dovetail.runtime.DestinationDispatcher}. It constructs the handler and supplies the
 * generated codec directly, so nothing on the record path uses reflection.
 */
public interface DestinationDispatcher<T> {

  DestinationInfo info();

  /** A new handler instance (its public no-argument constructor). */
  DestinationHandler<T> newHandler();

  /**
   * The codec for this destination's records. Static schemas answer the generated codec; dynamic schemas call the
   * schema function, check the schema with the OCP rules and build a codec for it
   * ({@link dev.dovetail.runtime.codec.DynamicRecordCodec#forSchema}).
   */
  RecordCodec<T> codec(UnknownFields unknownFields) throws Exception;

  /**
   * The schema this destination's records follow, for tools that need it at run time without reading the schema
   * files. A static {@code @Schema} answers a constant with the content of its {@code destinations/schema/<name>.yml};
   * a dynamic schema calls the schema function on every call and checks the answer with the OCP rules, as
   * {@link #codec} does, so both see the same schema or fail the same way
   * ({@link dev.dovetail.runtime.ocp.InvalidSchemaException}).
   */
  SchemaDefinition schema() throws Exception;
}
