package dev.dovetail.runtime.ocp;

import dev.dovetail.runtime.SchemaDefinition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds custom types that contain themselves, directly or through others (Dovetail's §3.8 rule: such a record has no
 * finite JSON form the platform could map). Reports each cycle once, at the custom type where the search entered it.
 */
final class CustomTypeCycles {
  private enum State { VISITING, DONE }

  private final List<SchemaDefinition.CustomType> customTypes;
  private final Map<String, Integer> indexByName;
  private final List<String> problems;
  private final Map<String, State> states = new HashMap<>();
  private final List<String> path = new ArrayList<>();

  CustomTypeCycles(List<SchemaDefinition.CustomType> customTypes, Map<String, Integer> indexByName, List<String> problems) {
    this.customTypes = customTypes;
    this.indexByName = indexByName;
    this.problems = problems;
  }

  void find() {
    for (String name : indexByName.keySet()) {
      visit(name);
    }
  }

  private void visit(String name) {
    State state = states.get(name);
    if (state == State.DONE) {
      return;
    }
    if (state == State.VISITING) {
      report(name);
      return;
    }
    states.put(name, State.VISITING);
    path.add(name);
    for (SchemaDefinition.Field field : customTypes.get(indexByName.get(name)).fields()) {
      String referenced = elementType(field.type());
      // A scalar name always means the scalar, even if a custom type (wrongly) has that name.
      if (referenced != null && !OcpRules.SCALAR_TYPES.contains(referenced) && indexByName.containsKey(referenced)) {
        visit(referenced);
      }
    }
    path.remove(path.size() - 1);
    states.put(name, State.DONE);
  }

  private void report(String repeated) {
    List<String> cycle = new ArrayList<>(path.subList(path.indexOf(repeated), path.size()));
    cycle.add(repeated);
    problems.add("custom_types[" + indexByName.get(repeated) + "] '" + repeated + "' is recursive: "
        + String.join(" -> ", cycle));
  }

  private static String elementType(String type) {
    if (type == null) {
      return null;
    }
    return type.startsWith("[") && type.endsWith("]") ? type.substring(1, type.length() - 1) : type;
  }
}
