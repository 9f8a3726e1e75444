package dev.dovetail.runtime.testing;

import dev.dovetail.runtime.DestinationDispatcher;
import dev.dovetail.runtime.DestinationHandler;
import dev.dovetail.runtime.DestinationInfo;
import dev.dovetail.runtime.SchemaDefinition;
import dev.dovetail.runtime.codec.RecordCodec;
import dev.dovetail.runtime.codec.UnknownFields;

/** A dispatcher around a given handler, for runner tests. */
public final class TestDispatcher<T> implements DestinationDispatcher<T> {

  @FunctionalInterface
  public interface CodecFactory<T> {
    RecordCodec<T> codec(UnknownFields unknownFields) throws Exception;
  }

  private final DestinationInfo info;
  private final DestinationHandler<T> handler;
  private final CodecFactory<T> codec;
  private SchemaDefinition schema;

  public TestDispatcher(DestinationInfo info, DestinationHandler<T> handler, CodecFactory<T> codec) {
    this.info = info;
    this.handler = handler;
    this.codec = codec;
  }

  /** The spec's base destination {@code products}. */
  public static TestDispatcher<Product> products(DestinationHandler<Product> handler, boolean supportsDelete) {
    DestinationInfo info = new DestinationInfo(
        "products", "ProductDestination", "Sends products", "product_schema", null, supportsDelete);
    return new TestDispatcher<>(info, handler, ProductCodec::new).withSchema(Product.SCHEMA);
  }

  @Override
  public DestinationInfo info() {
    return info;
  }

  @Override
  public DestinationHandler<T> newHandler() {
    return handler;
  }

  @Override
  public RecordCodec<T> codec(UnknownFields unknownFields) throws Exception {
    return codec.codec(unknownFields);
  }

  /** The same dispatcher answering {@code definition} from {@link #schema()}. */
  public TestDispatcher<T> withSchema(SchemaDefinition definition) {
    this.schema = definition;
    return this;
  }

  /** The runner decodes with {@link #codec} only; the sync engine also needs the schema ({@link #withSchema}). */
  @Override
  public SchemaDefinition schema() {
    if (schema == null) {
      throw new UnsupportedOperationException("this TestDispatcher has no schema");
    }
    return schema;
  }
}
