package dev.dovetail.runtime.synapse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The records of a {@code @Create} or {@code @Update} call, decoded into the entity type, in the platform's order.
 * On update each record carries its end-system id in its id field; {@link #ids()} holds the ids the platform sent
 * with the records (the record envelopes' {@code id}), for entities whose {@code values} leave the id out.
 *
 * @param ids the platform's end-system id of each record, parallel to {@code records}; an element is {@code null}
 *     when the platform sent none (always so on create)
 */
public record WriteRequest<T>(String entity, List<T> records, List<String> ids, Connection connection) {
  public WriteRequest {
    records = List.copyOf(records);
    ids = ids == null ? Collections.nCopies(records.size(), null) : Collections.unmodifiableList(new ArrayList<>(ids));
    if (ids.size() != records.size()) {
      throw new IllegalArgumentException("ids (" + ids.size() + ") and records (" + records.size() + ") differ in size");
    }
  }

  /** Without the platform's ids. */
  public WriteRequest(String entity, List<T> records, Connection connection) {
    this(entity, records, null, connection);
  }

  /** The platform's end-system id of record {@code index}, or {@code null}. */
  public String idAt(int index) {
    return ids.get(index);
  }
}
