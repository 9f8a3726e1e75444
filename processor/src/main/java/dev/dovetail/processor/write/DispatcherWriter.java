package dev.dovetail.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.dovetail.processor.model.DestinationModel;
import dev.dovetail.processor.model.TypeModel;
import java.util.Collection;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Class>Dispatcher}: what the runtime knows about one destination, a constructor call for its
 * handler, its codec and its schema, so the runtime never reflects on author classes.
 */
public final class DispatcherWriter {
  private static final String RUNTIME = "dev.dovetail.runtime";
  private static final ClassName DISPATCHER = ClassName.get(RUNTIME, "DestinationDispatcher");
  private static final ClassName HANDLER = ClassName.get(RUNTIME, "DestinationHandler");
  private static final ClassName INFO = ClassName.get(RUNTIME, "DestinationInfo");
  private static final ClassName SCHEMA_DEFINITION = SchemaDefinitionCode.SCHEMA_DEFINITION;
  private static final ClassName SCHEMA_FUNCTION_CONFIG = ClassName.get(RUNTIME, "SchemaFunctionConfig");
  private static final ClassName SCHEMA_RULES = ClassName.get(RUNTIME + ".ocp", "SchemaRules");
  private static final ClassName RECORD_CODEC = ClassName.get(RUNTIME + ".codec", "RecordCodec");
  private static final ClassName DYNAMIC_CODEC = ClassName.get(RUNTIME + ".codec", "DynamicRecordCodec");
  private static final ClassName UNKNOWN_FIELDS = ClassName.get(RUNTIME + ".codec", "UnknownFields");

  private DispatcherWriter() {}

  /** {@code customTypes}: those of the static schema, in schema-file order; ignored for a dynamic schema. */
  public static JavaFile write(DestinationModel destination, Collection<TypeModel> customTypes) {
    ClassName dispatcher = GeneratedNames.dispatcher(destination.element());
    ClassName handler = ClassName.get(destination.element());
    TypeName record = TypeName.get(destination.recordType());
    boolean dynamic = destination.schemaFunction() != null;

    FieldSpec info = FieldSpec.builder(INFO, "INFO", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("new $T($S,$W$S,$W$S,$W$S,$W$S,$W$L)", INFO, destination.name(), destination.entryPoint(),
            destination.description(), dynamic ? null : destination.schema().name(),
            dynamic ? destination.schemaFunction().getSimpleName().toString() : null, destination.supportsDelete())
        .build();
    TypeSpec.Builder spec = TypeSpec.classBuilder(dispatcher)
        .addJavadoc("Runtime glue of destination {@code $L} ({@link $T}), listed in the service index.\n",
            destination.name(), handler)
        .addAnnotation(GeneratedNames.generated("dispatcher of destination " + destination.name()))
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(ParameterizedTypeName.get(DISPATCHER, record))
        .addOriginatingElement(destination.element())
        .addField(info);
    if (!dynamic) {
      spec.addField(schemaConstant(destination, customTypes));
    }
    spec.addMethod(MethodSpec.methodBuilder("info").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
            .returns(INFO).addStatement("return INFO").build())
        .addMethod(MethodSpec.methodBuilder("newHandler").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(HANDLER, record)).addStatement("return new $T()", handler).build())
        .addMethod(dynamic ? dynamicCodec(record) : staticCodec(destination, record))
        .addMethod(dynamic ? dynamicSchema(destination) : staticSchema());
    if (dynamic) {
      spec.addOriginatingElement(destination.schemaFunction());
    } else {
      spec.addOriginatingElement(destination.schema().element());
      customTypes.forEach(type -> spec.addOriginatingElement(type.element()));
    }
    return JavaFile.builder(dispatcher.packageName(), spec.build()).skipJavaLangImports(true).indent("  ").build();
  }

  private static MethodSpec.Builder codec(TypeName record) {
    return MethodSpec.methodBuilder("codec").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(RECORD_CODEC, record))
        .addParameter(UNKNOWN_FIELDS, "unknownFields");
  }

  private static MethodSpec staticCodec(DestinationModel destination, TypeName record) {
    ClassName recordCodec = GeneratedNames.codec(destination.schema().element());
    return codec(record)
        .addStatement("return unknownFields == $T.IGNORE ? $T.INSTANCE : new $T(unknownFields)", UNKNOWN_FIELDS,
            recordCodec, recordCodec)
        .build();
  }

  private static MethodSpec dynamicCodec(TypeName record) {
    return codec(record)
        .addJavadoc("Builds a codec for the schema {@link #schema()} answers.\n")
        .addException(Exception.class)
        .addStatement("return $T.forSchema(schema(), unknownFields)", DYNAMIC_CODEC)
        .build();
  }

  /** Built once, at class initialization: a static schema never changes at run time. */
  private static FieldSpec schemaConstant(DestinationModel destination, Collection<TypeModel> customTypes) {
    return FieldSpec.builder(SCHEMA_DEFINITION, "SCHEMA", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The content of {@code $L}.\n", SchemaYamlWriter.path(destination.schema()))
        .initializer(SchemaDefinitionCode.of(destination.schema(), customTypes))
        .build();
  }

  private static MethodSpec.Builder schema() {
    return MethodSpec.methodBuilder("schema").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .returns(SCHEMA_DEFINITION);
  }

  private static MethodSpec staticSchema() {
    return schema().addStatement("return SCHEMA").build();
  }

  private static MethodSpec dynamicSchema(DestinationModel destination) {
    ClassName function = ClassName.get(destination.schemaFunction());
    return schema()
        .addJavadoc("Asks {@link $T} for the schema and checks it with the OCP rules.\n", function)
        .addException(Exception.class)
        .addStatement("$T schema = new $T().getDestinationsSchema(new $T(INFO.name()))", SCHEMA_DEFINITION, function,
            SCHEMA_FUNCTION_CONFIG)
        .addStatement("$T.requireValid(schema)", SCHEMA_RULES)
        .addStatement("return schema")
        .build();
  }
}
