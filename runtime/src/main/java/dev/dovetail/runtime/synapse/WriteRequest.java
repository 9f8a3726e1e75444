package dev.dovetail.runtime.synapse;

import java.util.List;

/**
 * The records of a {@code @Create} or {@code @Update} call, decoded into the entity type, in the platform's order.
 * On update each record carries its end-system id in its id field.
 */
public record WriteRequest<T>(String entity, List<T> records, Connection connection) {
  public WriteRequest {
    records = List.copyOf(records);
  }
}
