package dev.dovetail.runtime.synapse;

import java.util.List;

/**
 * The outcome for one record of a create, update or delete: its end-system id, or the reasons it failed. Dovetail
 * echoes the platform's record id ({@code syncariId}) itself.
 */
public record WriteResult(boolean success, String id, List<String> errors) {

  public WriteResult {
    errors = errors == null ? List.of() : List.copyOf(errors);
  }

  public static WriteResult ok(String id) {
    return new WriteResult(true, id, List.of());
  }

  public static WriteResult failed(String id, String... errors) {
    if (errors.length == 0) {
      throw new IllegalArgumentException("a failed result needs a reason");
    }
    return new WriteResult(false, id, List.of(errors));
  }
}
