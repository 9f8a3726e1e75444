package dev.dovetail.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import dev.dovetail.runtime.DestinationDispatcher;
import dev.dovetail.runtime.SchemaDefinition;
import dev.dovetail.runtime.codec.RecordCodec;
import dev.dovetail.runtime.codec.UnknownFields;
import dev.dovetail.runtime.ocp.InvalidSchemaException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/**
 * Runs {@code schema()} of the generated destination dispatchers: a static schema answers exactly what its generated
 * {@code destinations/schema/<name>.yml} says (read back with a YAML parser), a dynamic one what its schema function
 * answers, checked with the OCP rules.
 */
class DestinationSchemaTest {
  private static final String SERVICE_INDEX = "META-INF/services/dev.dovetail.runtime.DestinationDispatcher";

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"records", "scalars_and_keys", "classes", "base_manifest", "dynamic_and_shared"})
  void staticSchemaIsTheSchemaFile(String goldenCase) throws Exception {
    Compilation compilation = GoldenFilesTest.compile(Path.of("src/test/resources/golden", goldenCase).toAbsolutePath());
    assertWithMessage("diagnostics: %s", Failures.describe(compilation)).that(compilation.errors()).isEmpty();
    TreeMap<String, String> files = GeneratedFiles.of(compilation);
    CompiledClasses classes = new CompiledClasses(compilation);
    int checked = 0;
    for (DestinationDispatcher<?> dispatcher : dispatchers(files, classes)) {
      String schemaName = dispatcher.info().schema();
      if (schemaName == null) {
        continue;
      }
      String yaml = files.get("destinations/schema/" + schemaName + ".yml");
      assertWithMessage("schema file of %s", schemaName).that(yaml).isNotNull();
      SchemaDefinition schema = dispatcher.schema();
      assertWithMessage(dispatcher.info().name()).that(withoutAllowedValues(schema)).isEqualTo(fromYaml(yaml));
      assertThat(dispatcher.schema()).isSameInstanceAs(schema);
      RecordCodec<?> codec = dispatcher.codec(UnknownFields.IGNORE);
      assertThat(codec.schemaName()).isEqualTo(schema.name());
      assertThat(schema.fields().stream().filter(SchemaDefinition.Field::primary).map(SchemaDefinition.Field::name).toList())
          .containsExactlyElementsIn(codec.primaryKey()).inOrder();
      checked++;
    }
    assertWithMessage("static destinations in %s", goldenCase).that(checked).isGreaterThan(0);
  }

  @Test
  void enumFieldsCarryTheirConstantsAsAllowedValues() throws Exception {
    Map<String, List<String>> allowed = new TreeMap<>();
    for (String goldenCase : List.of("records", "scalars_and_keys")) {
      Compilation compilation = GoldenFilesTest.compile(Path.of("src/test/resources/golden", goldenCase).toAbsolutePath());
      for (DestinationDispatcher<?> dispatcher : dispatchers(GeneratedFiles.of(compilation), new CompiledClasses(compilation))) {
        if (dispatcher.info().schema() != null) {
          for (SchemaDefinition.Field field : dispatcher.schema().fields()) {
            allowed.put(dispatcher.info().name() + "." + field.name(), field.allowedValues());
          }
        }
      }
    }
    assertThat(allowed).containsEntry("asset_sync.type", List.of("IMAGE", "VIDEO", "DOCUMENT"));
    assertThat(allowed).containsEntry("measurement_sink.levels", List.of("LOW", "MEDIUM", "HIGH"));
    assertThat(allowed).containsEntry("asset_sync.name", List.of());
  }

  @Test
  void dynamicSchemaIsWhatTheSchemaFunctionAnswers() throws Exception {
    Compilation compilation = GoldenFilesTest.compile(Path.of("src/test/resources/golden/dynamic_and_shared").toAbsolutePath());
    DestinationDispatcher<?> dispatcher = dispatcher(new CompiledClasses(compilation), "com.acme.LeadPushDispatcher");
    assertThat(dispatcher.schema()).isEqualTo(new SchemaDefinition("lead", "Lead", "A sales lead",
        List.of(SchemaDefinition.Field.primary("email", "Email", "Lead e-mail", "string")), List.of()));
    assertThat(dispatcher.codec(UnknownFields.IGNORE).schemaName()).isEqualTo("lead");
  }

  @Test
  void invalidDynamicSchemaFailsSchemaAndCodecAlike() throws Exception {
    JavaFileObject function = Sources.source("LeadSchema",
        "public class LeadSchema implements DestinationSchemaFunction {",
        "  @Override public SchemaDefinition getDestinationsSchema(SchemaFunctionConfig config) {",
        "    return new SchemaDefinition(\"lead\", \"Lead\", \"A lead\", List.of(",
        "        SchemaDefinition.Field.of(\"email\", \"Email\", \"Lead e-mail\", \"integer\")), List.of());",
        "  }",
        "}");
    JavaFileObject destination = Sources.source("LeadPush",
        "/** Sends leads. */",
        "@Destination(schemaFunction = LeadSchema.class)",
        "public class LeadPush implements DestinationHandler<DynamicRecord> {",
        Failures.handlerMethods("DynamicRecord")[0],
        Failures.handlerMethods("DynamicRecord")[1],
        "}");
    Compilation compilation = Sources.compile(Sources.APP, function, destination);
    assertWithMessage("diagnostics: %s", Failures.describe(compilation)).that(compilation.errors()).isEmpty();
    DestinationDispatcher<?> dispatcher = dispatcher(new CompiledClasses(compilation), "com.acme.LeadPushDispatcher");

    InvalidSchemaException schema = assertThrows(InvalidSchemaException.class, dispatcher::schema);
    InvalidSchemaException codec = assertThrows(InvalidSchemaException.class, () -> dispatcher.codec(UnknownFields.IGNORE));
    assertThat(schema.problems()).isEqualTo(codec.problems());
    assertThat(String.join("\n", schema.problems())).contains("integer");
  }

  private static List<DestinationDispatcher<?>> dispatchers(Map<String, String> files, CompiledClasses classes)
      throws ReflectiveOperationException {
    List<DestinationDispatcher<?>> out = new ArrayList<>();
    for (String line : files.get(SERVICE_INDEX).split("\n")) {
      if (!line.isBlank() && !line.startsWith("#")) {
        out.add(dispatcher(classes, line.trim()));
      }
    }
    return out;
  }

  private static DestinationDispatcher<?> dispatcher(CompiledClasses classes, String name) throws ReflectiveOperationException {
    return (DestinationDispatcher<?>) classes.loadClass(name).getConstructor().newInstance();
  }

  /** Allowed values are not a key of the schema file: the generated schema carries them on top of it. */
  private static SchemaDefinition withoutAllowedValues(SchemaDefinition schema) {
    List<SchemaDefinition.CustomType> types = new ArrayList<>();
    for (SchemaDefinition.CustomType type : schema.customTypes()) {
      types.add(new SchemaDefinition.CustomType(type.name(), type.displayName(), type.description(),
          withoutAllowedValues(type.fields())));
    }
    return new SchemaDefinition(schema.name(), schema.displayName(), schema.description(),
        withoutAllowedValues(schema.fields()), types);
  }

  private static List<SchemaDefinition.Field> withoutAllowedValues(List<SchemaDefinition.Field> fields) {
    return fields.stream().map(SchemaDefinition.Field::withAllowedValues).toList();
  }

  /** A schema file as a {@link SchemaDefinition}, absent keys as the schema file format defines them. */
  @SuppressWarnings("unchecked")
  private static SchemaDefinition fromYaml(String yaml) throws IOException {
    Map<String, Object> root = new Yaml().load(yaml);
    List<SchemaDefinition.CustomType> types = new ArrayList<>();
    for (Map<String, Object> type : (List<Map<String, Object>>) root.getOrDefault("custom_types", List.of())) {
      types.add(new SchemaDefinition.CustomType((String) type.get("name"), (String) type.get("display_name"),
          (String) type.get("description"), fields(type)));
    }
    return new SchemaDefinition((String) root.get("name"), (String) root.get("display_name"),
        (String) root.get("description"), fields(root), types);
  }

  @SuppressWarnings("unchecked")
  private static List<SchemaDefinition.Field> fields(Map<String, Object> owner) {
    List<SchemaDefinition.Field> out = new ArrayList<>();
    for (Map<String, Object> field : (List<Map<String, Object>>) owner.get("fields")) {
      out.add(new SchemaDefinition.Field((String) field.get("name"), (String) field.get("display_name"),
          (String) field.get("description"), (String) field.get("type"), Boolean.TRUE.equals(field.get("primary")),
          (String) field.get("format")));
    }
    return out;
  }
}
