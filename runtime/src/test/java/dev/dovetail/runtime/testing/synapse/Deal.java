package dev.dovetail.runtime.testing.synapse;

import java.math.BigDecimal;
import java.time.Instant;

/** The test synapse's entity, as an author would write it. */
public record Deal(String id, String title, BigDecimal amount, Instant updatedAt) {

  public Deal withId(String newId) {
    return new Deal(newId, title, amount, updatedAt);
  }

  public Deal withUpdatedAt(Instant at) {
    return new Deal(id, title, amount, at);
  }
}
