package dev.dovetail.kafka;

import dev.dovetail.runtime.synapse.EntityBinding;
import dev.dovetail.runtime.synapse.RequestType;
import dev.dovetail.runtime.synapse.SynapseDispatcher;
import java.util.ArrayList;
import java.util.List;

/** Checks that a synapse reads an entity, with the message a user needs when it does not. */
final class ReadableEntity {
  private ReadableEntity() {}

  /** Why {@code synapse} cannot be a source of {@code entity}, or {@code null} when it can. */
  static String problem(SynapseDispatcher synapse, String entity) {
    List<String> readable = new ArrayList<>();
    for (EntityBinding<?> binding : synapse.entities()) {
      if (binding.operations().contains(RequestType.READ)) {
        readable.add(binding.apiName());
      }
    }
    if (readable.contains(entity)) {
      return null;
    }
    String known = readable.isEmpty() ? "none" : String.join(", ", readable);
    return synapse.entity(entity) == null
        ? "synapse " + synapse.name() + " has no entity '" + entity + "'; entities it reads: " + known
        : "synapse " + synapse.name() + " cannot read entity '" + entity + "' (it has no @Read method for it);"
            + " entities it reads: " + known;
  }
}
