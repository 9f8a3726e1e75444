package dev.dovetail.runtime.synapse;

import dev.dovetail.runtime.codec.ValueCodec;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Generated glue between the runtime and one entity of a synapse: its codec (for a record's {@code values}), its id
 * and watermark accessors, and the author's operation methods for it. Operations the author did not implement keep
 * the default, which answers 405.
 *
 * @param <T> the entity's {@code @Schema} type
 */
public abstract class EntityBinding<T> {

  /** The entity's {@code apiName}. */
  public abstract String apiName();

  /** The operations implemented for this entity. */
  public abstract Set<RequestType> operations();

  /** Codec of the entity as a record's {@code values} object, keyed by attribute {@code apiName}. */
  public abstract ValueCodec<T> codec();

  /** The end-system id of a record (its id attribute), or {@code null} before creation. */
  public abstract String idOf(T record);

  /** The watermark of a record, or {@code null} when the entity has none. */
  public abstract Instant watermarkOf(T record);

  /**
   * When a record was created (its {@code @Attribute(createdAt = true)} field), sent as the record's
   * {@code createdAt}; {@code null} when the entity has no such attribute (the default).
   */
  public Instant createdAtOf(T record) {
    return null;
  }

  public ReadPage<T> read(ReadRequest request) throws Exception {
    throw new UnsupportedOperationException(RequestType.READ.sdkName());
  }

  public List<T> getById(IdRequest request) throws Exception {
    throw new UnsupportedOperationException(RequestType.GET_BY_ID.sdkName());
  }

  public List<WriteResult> create(WriteRequest<T> request) throws Exception {
    throw new UnsupportedOperationException(RequestType.CREATE.sdkName());
  }

  public List<WriteResult> update(WriteRequest<T> request) throws Exception {
    throw new UnsupportedOperationException(RequestType.UPDATE.sdkName());
  }

  public List<WriteResult> delete(IdRequest request) throws Exception {
    throw new UnsupportedOperationException(RequestType.DELETE.sdkName());
  }
}
