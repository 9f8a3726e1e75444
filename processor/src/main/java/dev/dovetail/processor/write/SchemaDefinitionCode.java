package dev.dovetail.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.dovetail.processor.model.FieldModel;
import dev.dovetail.processor.model.FieldType;
import dev.dovetail.processor.model.TypeModel;
import dev.dovetail.runtime.ocp.OcpRules;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The Java expression that builds a static schema as a {@code SchemaDefinition}: the same names, types, primary
 * flags and formats as {@link SchemaYamlWriter} writes to the schema file, so a dispatcher can answer its schema at
 * run time without parsing YAML. Kept next to the YAML writer's rules on purpose: both read the same model.
 */
final class SchemaDefinitionCode {
  static final ClassName SCHEMA_DEFINITION = ClassName.get("dev.dovetail.runtime", "SchemaDefinition");
  private static final ClassName FIELD = SCHEMA_DEFINITION.nestedClass("Field");
  private static final ClassName CUSTOM_TYPE = SCHEMA_DEFINITION.nestedClass("CustomType");

  private SchemaDefinitionCode() {}

  /**
   * {@code new SchemaDefinition(name, displayName, description,} then {@code List.of(fields...)} and
   * {@code List.of(customTypes...)} on lines of their own, one field or custom type per line (custom types alike).
   */
  static CodeBlock of(TypeModel schema, Collection<TypeModel> customTypes) {
    List<CodeBlock> types = new ArrayList<>();
    for (TypeModel type : customTypes) {
      types.add(CodeBlock.builder()
          .add("new $T($S,$W$S,$W$S,\n$>$>", CUSTOM_TYPE, type.name(), type.displayName(), type.description())
          .add(fields(type.fields(), false))
          .add("$<$<)")
          .build());
    }
    return CodeBlock.builder()
        .add("new $T($S,$W$S,$W$S,\n$>$>", SCHEMA_DEFINITION, schema.name(), schema.displayName(), schema.description())
        .add(fields(schema.fields(), true))
        .add(",\n")
        .add(list(types))
        .add("$<$<)")
        .build();
  }

  /** Primary flags count only at the top level, as in the schema file (custom types have no key). */
  private static CodeBlock fields(List<FieldModel> fields, boolean topLevel) {
    List<CodeBlock> out = new ArrayList<>();
    for (FieldModel field : fields) {
      boolean primary = topLevel && field.primary();
      CodeBlock code;
      if (field.urlFormat()) {
        code = CodeBlock.of("new $T($S,$W$S,$W$S,$W$S,$W$L,$W$S)", FIELD, field.name(), field.displayName(),
            field.description(), field.type().ocpType(), primary, OcpRules.FORMAT_URL);
      } else {
        code = CodeBlock.of("$T.$L($S,$W$S,$W$S,$W$S)", FIELD, primary ? "primary" : "of", field.name(),
            field.displayName(), field.description(), field.type().ocpType());
      }
      out.add(withAllowedValues(code, field.type()));
    }
    return list(out);
  }

  /** An enum field (or array of enums) accepts only its constants: tools read them here, not from the description. */
  private static CodeBlock withAllowedValues(CodeBlock field, FieldType type) {
    FieldType value = type instanceof FieldType.Array array ? array.element() : type;
    if (!(value instanceof FieldType.EnumType enumType)) {
      return field;
    }
    List<CodeBlock> constants = new ArrayList<>();
    for (String constant : enumType.constants()) {
      constants.add(CodeBlock.of("$S", constant));
    }
    return CodeBlock.of("$L\n$>$>.withAllowedValues($L)$<$<", field, CodeBlock.join(constants, ",$W"));
  }

  /** {@code List.of()}, or {@code List.of(} and the elements, one per line, indented, then {@code )}. */
  private static CodeBlock list(List<CodeBlock> elements) {
    if (elements.isEmpty()) {
      return CodeBlock.of("$T.of()", List.class);
    }
    return CodeBlock.builder()
        .add("$T.of(\n$>$>", List.class)
        .add(CodeBlock.join(elements, ",\n"))
        .add("$<$<)")
        .build();
  }
}
