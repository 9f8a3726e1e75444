package dev.dovetail.runtime.synapse;

import java.util.List;

/** The end-system ids of a {@code @GetById} or {@code @Delete} call, in the platform's order. */
public record IdRequest(String entity, List<String> ids, Connection connection) {
  public IdRequest {
    ids = List.copyOf(ids);
  }
}
