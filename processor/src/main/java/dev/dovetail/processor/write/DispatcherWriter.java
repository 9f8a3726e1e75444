package dev.dovetail.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.dovetail.processor.model.DestinationModel;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Class>Dispatcher}: what the runtime knows about one destination, a constructor call for its
 * handler and its codec, so the runtime never reflects on author classes.
 */
public final class DispatcherWriter {
  private static final String RUNTIME = "dev.dovetail.runtime";
  private static final ClassName DISPATCHER = ClassName.get(RUNTIME, "DestinationDispatcher");
  private static final ClassName HANDLER = ClassName.get(RUNTIME, "DestinationHandler");
  private static final ClassName INFO = ClassName.get(RUNTIME, "DestinationInfo");
  private static final ClassName SCHEMA_DEFINITION = ClassName.get(RUNTIME, "SchemaDefinition");
  private static final ClassName SCHEMA_FUNCTION_CONFIG = ClassName.get(RUNTIME, "SchemaFunctionConfig");
  private static final ClassName RECORD_CODEC = ClassName.get(RUNTIME + ".codec", "RecordCodec");
  private static final ClassName DYNAMIC_CODEC = ClassName.get(RUNTIME + ".codec", "DynamicRecordCodec");
  private static final ClassName UNKNOWN_FIELDS = ClassName.get(RUNTIME + ".codec", "UnknownFields");

  private DispatcherWriter() {}

  public static JavaFile write(DestinationModel destination) {
    ClassName dispatcher = GeneratedNames.dispatcher(destination.element());
    ClassName handler = ClassName.get(destination.element());
    TypeName record = TypeName.get(destination.recordType());
    boolean dynamic = destination.schemaFunction() != null;

    FieldSpec info = FieldSpec.builder(INFO, "INFO", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("new $T($S,$W$S,$W$S,$W$S,$W$S,$W$L)", INFO, destination.name(), destination.entryPoint(),
            destination.description(), dynamic ? null : destination.schema().name(),
            dynamic ? destination.schemaFunction().getSimpleName().toString() : null, destination.supportsDelete())
        .build();
    MethodSpec.Builder codec = MethodSpec.methodBuilder("codec").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(RECORD_CODEC, record))
        .addParameter(UNKNOWN_FIELDS, "unknownFields");
    if (dynamic) {
      ClassName function = ClassName.get(destination.schemaFunction());
      codec.addJavadoc("Asks {@link $T} for the schema, checks it with the OCP rules and builds a codec for it.\n", function)
          .addException(Exception.class)
          .addStatement("$T schema = new $T().getDestinationsSchema(new $T(INFO.name()))", SCHEMA_DEFINITION, function,
              SCHEMA_FUNCTION_CONFIG)
          .addStatement("return $T.forSchema(schema, unknownFields)", DYNAMIC_CODEC);
    } else {
      ClassName recordCodec = GeneratedNames.codec(destination.schema().element());
      codec.addStatement("return unknownFields == $T.IGNORE ? $T.INSTANCE : new $T(unknownFields)", UNKNOWN_FIELDS,
          recordCodec, recordCodec);
    }
    TypeSpec.Builder spec = TypeSpec.classBuilder(dispatcher)
        .addJavadoc("Runtime glue of destination {@code $L} ({@link $T}), listed in the service index.\n",
            destination.name(), handler)
        .addAnnotation(GeneratedNames.generated("dispatcher of destination " + destination.name()))
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(ParameterizedTypeName.get(DISPATCHER, record))
        .addOriginatingElement(destination.element())
        .addField(info)
        .addMethod(MethodSpec.methodBuilder("info").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
            .returns(INFO).addStatement("return INFO").build())
        .addMethod(MethodSpec.methodBuilder("newHandler").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(HANDLER, record)).addStatement("return new $T()", handler).build())
        .addMethod(codec.build());
    if (dynamic) {
      spec.addOriginatingElement(destination.schemaFunction());
    } else {
      spec.addOriginatingElement(destination.schema().element());
    }
    return JavaFile.builder(dispatcher.packageName(), spec.build()).skipJavaLangImports(true).indent("  ").build();
  }
}
