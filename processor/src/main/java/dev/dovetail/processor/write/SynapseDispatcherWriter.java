package dev.dovetail.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.dovetail.processor.model.EntityModel;
import dev.dovetail.processor.model.FieldModel;
import dev.dovetail.processor.model.FieldType;
import dev.dovetail.processor.model.JavaScalar;
import dev.dovetail.processor.model.OperationKind;
import dev.dovetail.processor.model.SynapseModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.TypeKind;

/**
 * Writes {@code <Class>Dispatcher}: the wire JSON the processor derived, and one {@code EntityBinding} per
 * entity that calls the author's methods directly (a new synapse instance per call, no reflection).
 */
public final class SynapseDispatcherWriter {
  private static final String SYNAPSE = "dev.dovetail.runtime.synapse";
  private static final ClassName DISPATCHER = ClassName.get(SYNAPSE, "SynapseDispatcher");
  private static final ClassName BINDING = ClassName.get(SYNAPSE, "EntityBinding");
  private static final ClassName CONNECTION = ClassName.get(SYNAPSE, "Connection");
  private static final ClassName ENTITY_SCHEMA = ClassName.get(SYNAPSE, "EntitySchema");
  private static final ClassName REQUEST_TYPE = ClassName.get(SYNAPSE, "RequestType");
  private static final ClassName READ_REQUEST = ClassName.get(SYNAPSE, "ReadRequest");
  private static final ClassName READ_PAGE = ClassName.get(SYNAPSE, "ReadPage");
  private static final ClassName ID_REQUEST = ClassName.get(SYNAPSE, "IdRequest");
  private static final ClassName WRITE_REQUEST = ClassName.get(SYNAPSE, "WriteRequest");
  private static final ClassName WRITE_RESULT = ClassName.get(SYNAPSE, "WriteResult");
  private static final ClassName VALUE_CODEC = ClassName.get("dev.dovetail.runtime.codec", "ValueCodec");
  private static final ClassName LIST = ClassName.get("java.util", "List");
  private static final ClassName SET = ClassName.get("java.util", "Set");
  private static final ClassName ENUM_SET = ClassName.get("java.util", "EnumSet");
  private static final ClassName COLLECTIONS = ClassName.get("java.util", "Collections");
  private static final ClassName INSTANT = ClassName.get("java.time", "Instant");
  private static final TypeName STRING = ClassName.get(String.class);

  private final SynapseModel synapse;
  private final ClassName dispatcher;
  private final ClassName author;

  private SynapseDispatcherWriter(SynapseModel synapse) {
    this.synapse = synapse;
    this.dispatcher = GeneratedNames.synapseDispatcher(synapse.element());
    this.author = ClassName.get(synapse.element());
  }

  public static JavaFile write(SynapseModel synapse) {
    return new SynapseDispatcherWriter(synapse).file();
  }

  private JavaFile file() {
    NameAllocator names = new NameAllocator();
    names.newName("SYNAPSE_INFO");
    names.newName("ENTITIES");
    names.newName("SECRET_FIELDS");
    TypeSpec.Builder spec = TypeSpec.classBuilder(dispatcher)
        .addJavadoc("Runtime glue of synapse {@code $L} ({@link $T}), listed in the service index.\n", synapse.name(), author)
        .addAnnotation(GeneratedNames.generated("dispatcher of synapse " + synapse.name()))
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(DISPATCHER)
        .addOriginatingElement(synapse.element())
        .addField(FieldSpec.builder(STRING, "SYNAPSE_INFO", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer(literal(SynapseJson.info(synapse))).build());
    CodeBlock.Builder schemaCases = CodeBlock.builder().add("return switch (apiName) {\n").indent();
    List<CodeBlock> bindings = new ArrayList<>();
    for (EntityModel entity : synapse.entities()) {
      String constant = names.newName(entity.apiName().toUpperCase(Locale.ROOT) + "_SCHEMA");
      spec.addField(FieldSpec.builder(STRING, constant, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .initializer(literal(SynapseJson.schema(synapse, entity))).build());
      schemaCases.add("case $S -> $N;\n", entity.apiName(), constant);
      String binding = names.newName(String.join("", ClassName.get(entity.type().element()).simpleNames()) + "Binding");
      spec.addType(binding(entity, binding));
      spec.addOriginatingElement(entity.type().element());
      bindings.add(CodeBlock.of("new $N()", binding));
    }
    schemaCases.add("default -> null;\n").unindent().add("};\n");
    List<CodeBlock> secrets = new ArrayList<>();
    for (SynapseModel.ConnectionFieldModel field : synapse.connectionFields()) {
      if (field.secret()) {
        secrets.add(CodeBlock.of("$S", field.name()));
      }
    }
    TypeName bindingList = ParameterizedTypeName.get(LIST, ParameterizedTypeName.get(BINDING, WildcardTypeName.subtypeOf(Object.class)));
    spec.addField(FieldSpec.builder(bindingList, "ENTITIES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("$T.of($L)", LIST, CodeBlock.join(bindings, ", ")).build())
        .addField(FieldSpec.builder(ParameterizedTypeName.get(LIST, STRING), "SECRET_FIELDS", Modifier.PRIVATE,
            Modifier.STATIC, Modifier.FINAL).initializer("$T.of($L)", LIST, CodeBlock.join(secrets, ", ")).build())
        .addMethod(getter("name", STRING, CodeBlock.of("$S", synapse.name())))
        .addMethod(getter("synapseInfoJson", STRING, CodeBlock.of("SYNAPSE_INFO")))
        .addMethod(getter("entities", bindingList, CodeBlock.of("ENTITIES")))
        .addMethod(MethodSpec.methodBuilder("schemaJson").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
            .returns(STRING).addParameter(STRING, "apiName").addCode(schemaCases.build()).build())
        .addMethod(getter("readSkewSeconds", TypeName.INT, CodeBlock.of("$L", synapse.readSkewSeconds())))
        .addMethod(getter("pageSize", TypeName.INT, CodeBlock.of("$L", synapse.pageSize())))
        .addMethod(getter("apiMaxCrudSize", TypeName.INT, CodeBlock.of("$L", synapse.apiMaxCrudSize())))
        .addMethod(getter("secretFields", ParameterizedTypeName.get(LIST, STRING), CodeBlock.of("SECRET_FIELDS")))
        .addMethod(test())
        .addMethod(describe());
    return JavaFile.builder(dispatcher.packageName(), spec.build()).skipJavaLangImports(true).indent("  ").build();
  }

  /** A long string constant as a concatenation of short literals, so the generated file stays readable. */
  static CodeBlock literal(String text) {
    List<CodeBlock> pieces = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == ',' && i - start >= 80) {
        pieces.add(CodeBlock.of("$S", text.substring(start, i + 1)));
        start = i + 1;
      }
    }
    pieces.add(CodeBlock.of("$S", text.substring(start)));
    return CodeBlock.builder().add("$>$>").add(CodeBlock.join(pieces, "\n+ ")).add("$<$<").build();
  }

  private static MethodSpec getter(String name, TypeName type, CodeBlock value) {
    return MethodSpec.methodBuilder(name).addAnnotation(Override.class).addModifiers(Modifier.PUBLIC).returns(type)
        .addStatement("return $L", value).build();
  }

  private MethodSpec test() {
    MethodSpec.Builder method = MethodSpec.methodBuilder("test").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .returns(CONNECTION).addParameter(CONNECTION, "connection").addException(Exception.class);
    ExecutableElement test = synapse.testMethod();
    if (test == null) {
      method.addComment("No @TestConnection method: the connection is accepted as it is.");
      return method.addStatement("return connection").build();
    }
    if (test.getReturnType().getKind() == TypeKind.VOID) {
      return method.addStatement("new $T().$N(connection)", author, test.getSimpleName().toString())
          .addStatement("return connection").build();
    }
    return method.addStatement("return new $T().$N(connection)", author, test.getSimpleName().toString()).build();
  }

  private MethodSpec describe() {
    MethodSpec.Builder method = MethodSpec.methodBuilder("describe").addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC).returns(ParameterizedTypeName.get(LIST, ENTITY_SCHEMA))
        .addParameter(CONNECTION, "connection").addException(Exception.class);
    ExecutableElement describe = synapse.describeMethod();
    if (describe == null) {
      method.addComment("No @Describe method: every entity is a @Schema type, described by its generated Schema.");
      return method.addStatement("return $T.of()", LIST).build();
    }
    return method.addStatement("return new $T().$N($L)", author, describe.getSimpleName().toString(),
        describe.getParameters().isEmpty() ? "" : "connection").build();
  }

  private TypeSpec binding(EntityModel entity, String name) {
    ClassName type = ClassName.get(entity.type().element());
    List<CodeBlock> operations = new ArrayList<>();
    for (OperationKind kind : entity.operations().keySet()) {
      operations.add(CodeBlock.of("$T.$N", REQUEST_TYPE, kind.requestType()));
    }
    TypeSpec.Builder spec = TypeSpec.classBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .superclass(ParameterizedTypeName.get(BINDING, type))
        .addField(FieldSpec.builder(ParameterizedTypeName.get(SET, REQUEST_TYPE), "OPERATIONS", Modifier.PRIVATE,
                Modifier.STATIC, Modifier.FINAL)
            .initializer("$T.unmodifiableSet($T.of($L))", COLLECTIONS, ENUM_SET, CodeBlock.join(operations, ", ")).build())
        .addMethod(getter("apiName", STRING, CodeBlock.of("$S", entity.apiName())))
        .addMethod(getter("operations", ParameterizedTypeName.get(SET, REQUEST_TYPE), CodeBlock.of("OPERATIONS")))
        .addMethod(getter("codec", ParameterizedTypeName.get(VALUE_CODEC, type),
            CodeBlock.of("$T.INSTANCE", GeneratedNames.codec(entity.type().element()))))
        .addMethod(MethodSpec.methodBuilder("idOf").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
            .returns(STRING).addParameter(type, "record").addStatement("return $L", idOf(entity.id())).build())
        .addMethod(MethodSpec.methodBuilder("watermarkOf").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
            .returns(INSTANT).addParameter(type, "record").addStatement("return $L", watermarkOf(entity.watermark())).build());
    FieldModel createdAt = entity.attributes().stream()
        .filter(a -> a.createdAtField() && isTime(a.field())).map(a -> a.field()).findFirst().orElse(null);
    if (createdAt != null) {
      spec.addMethod(MethodSpec.methodBuilder("createdAtOf").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
          .returns(INSTANT).addParameter(type, "record").addStatement("return $L", watermarkOf(createdAt)).build());
    }
    for (Map.Entry<OperationKind, ExecutableElement> operation : entity.operations().entrySet()) {
      spec.addMethod(operation(operation.getKey(), operation.getValue(), type));
    }
    return spec.build();
  }

  private MethodSpec operation(OperationKind kind, ExecutableElement method, ClassName type) {
    MethodSpec.Builder out;
    switch (kind) {
      case READ:
        out = MethodSpec.methodBuilder("read").returns(ParameterizedTypeName.get(READ_PAGE, type))
            .addParameter(READ_REQUEST, "request");
        break;
      case GET_BY_ID:
        out = MethodSpec.methodBuilder("getById").returns(ParameterizedTypeName.get(LIST, type))
            .addParameter(ID_REQUEST, "request");
        break;
      case CREATE:
      case UPDATE:
        out = MethodSpec.methodBuilder(kind == OperationKind.CREATE ? "create" : "update")
            .returns(ParameterizedTypeName.get(LIST, WRITE_RESULT))
            .addParameter(ParameterizedTypeName.get(WRITE_REQUEST, type), "request");
        break;
      default:
        out = MethodSpec.methodBuilder("delete").returns(ParameterizedTypeName.get(LIST, WRITE_RESULT))
            .addParameter(ID_REQUEST, "request");
    }
    return out.addAnnotation(Override.class).addModifiers(Modifier.PUBLIC).addException(Exception.class)
        .addStatement("return new $T().$N(request)", author, method.getSimpleName().toString())
        .build();
  }

  private static CodeBlock idOf(FieldModel id) {
    CodeBlock get = CodecWriter.getter(id, "record");
    if (id.type() instanceof FieldType.Scalar scalar && scalar.scalar() == JavaScalar.STRING) {
      return get;
    }
    if (TypeName.get(id.javaType()).isPrimitive()) {
      return CodeBlock.of("$T.valueOf($L)", String.class, get);
    }
    return CodeBlock.of("$L == null ? null : $T.valueOf($L)", get, String.class, get);
  }

  private static boolean isTime(FieldModel field) {
    return field.type() instanceof FieldType.Scalar scalar && (scalar.scalar() == JavaScalar.INSTANT
        || scalar.scalar() == JavaScalar.LONG || scalar.scalar() == JavaScalar.LONG_BOX);
  }

  /** An {@code Instant} from a time field: itself, or epoch milliseconds converted. */
  private static CodeBlock watermarkOf(FieldModel watermark) {
    if (watermark == null) {
      return CodeBlock.of("null");
    }
    CodeBlock get = CodecWriter.getter(watermark, "record");
    JavaScalar scalar = ((FieldType.Scalar) watermark.type()).scalar();
    if (scalar == JavaScalar.INSTANT) {
      return get;
    }
    if (scalar == JavaScalar.LONG) {
      return CodeBlock.of("$T.ofEpochMilli($L)", INSTANT, get);
    }
    return CodeBlock.of("$L == null ? null : $T.ofEpochMilli($L)", get, INSTANT, get);
  }
}
