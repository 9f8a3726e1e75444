package dev.dovetail.runtime.ocp;

import dev.dovetail.runtime.SchemaDefinition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The OCP schema-file rules (spec §3, §4.2 F2–F6 and S2–S12; S1 needs a file name and does not apply) plus Dovetail's
 * stricter §3.8 rules, applied to a {@link SchemaDefinition}. The SDK never checks what a schema function returns, so
 * the runtime does before decoding a single record.
 *
 * <p>Every problem is reported, in the SDK's order (name, display name, each field, primary key, custom types,
 * recursion), with the SDK's indexed paths such as {@code fields[1].description must be specified}.
 */
public final class SchemaRules {

  /** The SDK's syntactic type pattern (JSON-Schema stage); the allow-list check only runs when it matches. */
  public static final Pattern TYPE_PATTERN = Pattern.compile("^(string|integer|boolean|decimal|\\w+|\\[\\w+\\])$");

  private final SchemaDefinition schema;
  private final Map<String, Integer> customTypeIndex = new LinkedHashMap<>();
  private final List<String> problems = new ArrayList<>();

  private SchemaRules(SchemaDefinition schema) {
    this.schema = schema;
    for (int i = 0; i < schema.customTypes().size(); i++) {
      String name = schema.customTypes().get(i).name();
      if (name != null) {
        customTypeIndex.putIfAbsent(name, i);
      }
    }
  }

  /** Every problem of {@code schema}; empty when it is valid. */
  public static List<String> check(SchemaDefinition schema) {
    if (schema == null) {
      return List.of("the schema function returned no schema (null)");
    }
    return new SchemaRules(schema).run();
  }

  /** Fails with every problem when {@code schema} is invalid. */
  public static void requireValid(SchemaDefinition schema) throws InvalidSchemaException {
    List<String> problems = check(schema);
    if (!problems.isEmpty()) {
      throw new InvalidSchemaException(schema == null ? null : schema.name(), problems);
    }
  }

  private List<String> run() {
    checkName("name", schema.name());
    checkNotBlank("display_name", schema.displayName());
    if (schema.description() == null) {
      // Only the key is required at this level; an empty description is tolerated (spec §3.3).
      problems.add("must have required property 'description'");
    }
    checkFields("fields", schema.fields(), true);
    if (schema.fields().stream().noneMatch(SchemaDefinition.Field::primary)) {
      problems.add("fields must contain one primary key (at least one field with primary: true)");
    }
    checkCustomTypes();
    new CustomTypeCycles(schema.customTypes(), customTypeIndex, problems).find();
    return List.copyOf(problems);
  }

  private void checkFields(String path, List<SchemaDefinition.Field> fields, boolean topLevel) {
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < fields.size(); i++) {
      SchemaDefinition.Field field = fields.get(i);
      String at = path + "[" + i + "]";
      checkName(at + ".name", field.name());
      Integer first = field.name() == null ? null : seen.putIfAbsent(field.name(), i);
      if (first != null) {
        problems.add(at + ".name '" + field.name() + "' duplicates " + path + "[" + first + "].name");
      }
      checkNotBlank(at + ".display_name", field.displayName());
      checkNotBlank(at + ".description", field.description());
      TypeKind kind = checkType(at + ".type", field.type());
      if (field.format() != null && !OcpRules.FORMAT_URL.equals(field.format())) {
        problems.add(at + ".format '" + field.format() + "' is not allowed; the only format is '" + OcpRules.FORMAT_URL + "'");
      }
      if (topLevel && field.primary() && (kind == TypeKind.ARRAY || kind == TypeKind.CUSTOM)) {
        problems.add(at + ".primary is not allowed on type '" + field.type()
            + "'; a primary key field must be a scalar (" + String.join(", ", OcpRules.SCALAR_TYPES) + ")");
      }
    }
  }

  private enum TypeKind { SCALAR, CUSTOM, ARRAY, INVALID }

  /** Checks one field type (F4, S8, S9) and says what it is, so the primary-key rule can build on it. */
  private TypeKind checkType(String at, String type) {
    if (type == null) {
      problems.add(at + " must be specified");
      return TypeKind.INVALID;
    }
    if (!TYPE_PATTERN.matcher(type).matches()) {
      problems.add(at + " '" + type + "' must match pattern \"" + TYPE_PATTERN.pattern() + "\"");
      return TypeKind.INVALID;
    }
    boolean array = type.startsWith("[");
    String element = array ? type.substring(1, type.length() - 1) : type;
    boolean known = OcpRules.SCALAR_TYPES.contains(element) || customTypeIndex.containsKey(element);
    if (!known) {
      problems.add(at + " '" + type + "' " + (array ? "array type " : "") + "does not match any custom_types name");
      return TypeKind.INVALID;
    }
    if (array) {
      return TypeKind.ARRAY;
    }
    return OcpRules.SCALAR_TYPES.contains(element) ? TypeKind.SCALAR : TypeKind.CUSTOM;
  }

  private void checkCustomTypes() {
    List<SchemaDefinition.CustomType> customTypes = schema.customTypes();
    for (int i = 0; i < customTypes.size(); i++) {
      SchemaDefinition.CustomType custom = customTypes.get(i);
      String at = "custom_types[" + i + "]";
      checkName(at + ".name", custom.name());
      if (OcpRules.SCALAR_TYPES.contains(custom.name())) {
        problems.add(at + ".name '" + custom.name() + "' is a scalar type name; fields could never refer to this custom type");
      }
      Integer first = customTypeIndex.get(custom.name());
      if (first != null && first != i) {
        problems.add(at + ".name '" + custom.name() + "' duplicates custom_types[" + first + "].name");
      }
      checkNotBlank(at + ".display_name", custom.displayName());
      checkNotBlank(at + ".description", custom.description());
      if (custom.fields().isEmpty()) {
        problems.add(at + ".fields must contain at least one field");
      }
      checkFields(at + ".fields", custom.fields(), false);
    }
  }

  private void checkName(String at, String name) {
    if (OcpRules.isBlank(name)) {
      problems.add(at + " must be specified");
    } else if (!OcpRules.isName(name)) {
      problems.add(at + " '" + name + "' " + OcpRules.NAME_RULE);
    }
  }

  private void checkNotBlank(String at, String value) {
    if (OcpRules.isBlank(value)) {
      problems.add(at + " must be specified");
    }
  }
}
