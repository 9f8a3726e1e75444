package dev.dovetail.processor.write;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.dovetail.processor.model.FieldModel;
import dev.dovetail.processor.model.FieldType;
import dev.dovetail.processor.model.JavaScalar;
import dev.dovetail.processor.model.TypeModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Writes {@code <Type>Codec}: a Jackson streaming codec with a {@code switch} on field names and no reflection.
 * {@code @Schema} types get a {@code RecordCodec} (deletes, primary keys); custom types a {@code ValueCodec}.
 */
public final class CodecWriter {
  private static final String RUNTIME = "dev.dovetail.runtime";
  private static final String CODEC = RUNTIME + ".codec";
  private static final ClassName JSON_PARSER = ClassName.get("com.fasterxml.jackson.core", "JsonParser");
  private static final ClassName JSON_TOKEN = ClassName.get("com.fasterxml.jackson.core", "JsonToken");
  private static final ClassName JSON_GENERATOR = ClassName.get("com.fasterxml.jackson.core", "JsonGenerator");
  private static final ClassName SERIALIZABLE_STRING = ClassName.get("com.fasterxml.jackson.core", "SerializableString");
  private static final ClassName SERIALIZED_STRING = ClassName.get("com.fasterxml.jackson.core.io", "SerializedString");
  private static final ClassName IO_EXCEPTION = ClassName.get("java.io", "IOException");
  private static final ClassName LIST = ClassName.get("java.util", "List");
  private static final ClassName BATCH_ITEM = ClassName.get(RUNTIME, "BatchItem");
  private static final ClassName PRIMARY_KEY = ClassName.get(RUNTIME, "PrimaryKey");
  private static final ClassName RECORD_CODEC = ClassName.get(CODEC, "RecordCodec");
  private static final ClassName VALUE_CODEC = ClassName.get(CODEC, "ValueCodec");
  private static final ClassName UNKNOWN_FIELDS = ClassName.get(CODEC, "UnknownFields");
  private static final ClassName READERS = ClassName.get(CODEC, "JsonReaders");
  private static final ClassName WRITERS = ClassName.get(CODEC, "JsonWriters");
  private static final ClassName ELEMENT_READER = ClassName.get(CODEC, "ElementReader");
  private static final ClassName ELEMENT_READERS = ClassName.get(CODEC, "ElementReaders");
  private static final ClassName DECODE_EXCEPTION = ClassName.get(CODEC, "RecordDecodeException");

  private final TypeModel model;
  private final ClassName codec;
  private final ClassName type;
  /** Codec fields for the custom types this type uses, by qualified type name. */
  private final Map<String, String> nestedCodecs = new LinkedHashMap<>();
  /** Reader methods for the enums this type uses, by qualified enum name. */
  private final Map<String, FieldType.EnumType> enums = new LinkedHashMap<>();
  private final NameAllocator memberNames = new NameAllocator();
  /** Pre-encoded field names for the encoder, by schema field name. */
  private final Map<String, String> nameConstants = new LinkedHashMap<>();
  /** Element reader constants for the enums this type holds in lists, sets and arrays, by qualified enum name. */
  private final Map<String, String> enumElementReaders = new LinkedHashMap<>();

  private CodecWriter(TypeModel model) {
    this.model = model;
    this.codec = GeneratedNames.codec(model.element());
    this.type = ClassName.get(model.element());
    for (String reserved : List.of("INSTANCE", "PRIMARY_KEY", "unknownFields")) {
      memberNames.newName(reserved, reserved);
    }
    for (FieldModel field : model.fields()) {
      nameConstants.put(field.name(), memberNames.newName(field.name().toUpperCase(java.util.Locale.ROOT) + "_NAME"));
    }
    for (FieldModel field : model.fields()) {
      FieldType element = field.type() instanceof FieldType.Array array ? array.element() : field.type();
      if (element instanceof FieldType.Custom custom && !nestedCodecs.containsKey(custom.model().qualifiedName())) {
        String simple = custom.model().element().getSimpleName().toString();
        nestedCodecs.put(custom.model().qualifiedName(),
            memberNames.newName(Character.toLowerCase(simple.charAt(0)) + simple.substring(1) + "Codec"));
      } else if (element instanceof FieldType.EnumType enumType) {
        String enumName = enumType.type().getQualifiedName().toString();
        enums.putIfAbsent(enumName, enumType);
        if (element != field.type() && !enumElementReaders.containsKey(enumName)) {
          enumElementReaders.put(enumName, memberNames.newName(
              String.join("_", ClassName.get(enumType.type()).simpleNames()).toUpperCase(java.util.Locale.ROOT) + "_READER"));
        }
      }
    }
  }

  public static JavaFile write(TypeModel model) {
    return new CodecWriter(model).file();
  }

  private JavaFile file() {
    TypeName self = codec;
    TypeSpec.Builder spec = TypeSpec.classBuilder(codec)
        .addJavadoc("JSON codec of {@link $T}, generated from its annotations.\n", type)
        .addAnnotation(GeneratedNames.generated((model.schema() ? "codec of schema " : "codec of custom type ") + model.name()))
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(ParameterizedTypeName.get(model.schema() ? RECORD_CODEC : VALUE_CODEC, type))
        .addOriginatingElement(model.element())
        .addField(FieldSpec.builder(self, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("Shared instance; unknown fields are ignored.\n")
            .initializer("new $T($T.IGNORE)", codec, UNKNOWN_FIELDS)
            .build());
    if (model.schema()) {
      spec.addField(FieldSpec.builder(ParameterizedTypeName.get(LIST, ClassName.get(String.class)), "PRIMARY_KEY",
              Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .initializer("$T.of($L)", LIST, primaryNames())
          .build());
    }
    for (Map.Entry<String, String> name : nameConstants.entrySet()) {
      spec.addField(FieldSpec.builder(SERIALIZABLE_STRING, name.getValue(), Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .initializer("new $T($S)", SERIALIZED_STRING, name.getKey()).build());
    }
    for (Map.Entry<String, String> reader : enumElementReaders.entrySet()) {
      spec.addField(enumElementReader(enums.get(reader.getKey()), reader.getValue()));
    }
    spec.addField(UNKNOWN_FIELDS, "unknownFields", Modifier.PRIVATE, Modifier.FINAL);
    for (FieldModel field : model.fields()) {
      FieldType element = field.type() instanceof FieldType.Array array ? array.element() : field.type();
      if (element instanceof FieldType.Custom custom) {
        spec.addOriginatingElement(custom.model().element());
      }
    }
    for (Map.Entry<String, String> nested : nestedCodecs.entrySet()) {
      spec.addField(nestedCodecType(nested.getKey()), nested.getValue(), Modifier.PRIVATE, Modifier.FINAL);
    }
    spec.addMethod(constructor());
    if (model.schema()) {
      spec.addMethod(MethodSpec.methodBuilder("schemaName").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
          .returns(String.class).addStatement("return $S", model.name()).build());
      spec.addMethod(MethodSpec.methodBuilder("primaryKey").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
          .returns(ParameterizedTypeName.get(LIST, ClassName.get(String.class))).addStatement("return PRIMARY_KEY").build());
      spec.addMethod(decodeItem());
      spec.addMethod(decodeValue());
      spec.addMethod(keyOf());
    } else {
      spec.addMethod(decodeValue());
    }
    spec.addMethod(encode());
    for (FieldType.EnumType enumType : enums.values()) {
      spec.addMethod(enumReader(enumType));
      spec.addMethod(enumFromText(enumType));
      spec.addMethod(enumLookup(enumType));
    }
    return JavaFile.builder(codec.packageName(), spec.build()).skipJavaLangImports(true).indent("  ").build();
  }

  private ClassName nestedCodecType(String qualifiedName) {
    for (FieldModel field : model.fields()) {
      FieldType element = field.type() instanceof FieldType.Array array ? array.element() : field.type();
      if (element instanceof FieldType.Custom custom && custom.model().qualifiedName().equals(qualifiedName)) {
        return GeneratedNames.codec(custom.model().element());
      }
    }
    throw new IllegalStateException(qualifiedName);
  }

  private CodeBlock primaryNames() {
    List<CodeBlock> names = new ArrayList<>();
    for (FieldModel field : model.primaryFields()) {
      names.add(CodeBlock.of("$S", field.name()));
    }
    return CodeBlock.join(names, ", ");
  }

  private MethodSpec constructor() {
    MethodSpec.Builder method = MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
        .addJavadoc("A codec that applies {@code unknownFields} to fields the schema does not declare.\n")
        .addParameter(UNKNOWN_FIELDS, "unknownFields")
        .addStatement("this.unknownFields = unknownFields");
    for (Map.Entry<String, String> nested : nestedCodecs.entrySet()) {
      ClassName nestedCodec = nestedCodecType(nested.getKey());
      method.addStatement("this.$N = unknownFields == $T.IGNORE ? $T.INSTANCE : new $T(unknownFields)",
          nested.getValue(), UNKNOWN_FIELDS, nestedCodec, nestedCodec);
    }
    return method.build();
  }

  // ---- decoding

  private MethodSpec decodeItem() {
    MethodSpec.Builder method = MethodSpec.methodBuilder("decodeItem").addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(BATCH_ITEM, type))
        .addParameter(JSON_PARSER, "parser")
        .addException(IO_EXCEPTION);
    NameAllocator locals = localNames();
    method.addCode(readFields(locals, true));
    List<CodeBlock> keys = new ArrayList<>();
    for (FieldModel field : model.primaryFields()) {
      keys.add(CodeBlock.of("$T.requireKey($N, $S)", READERS, locals.get(field), field.name()));
    }
    method.beginControlFlow("if ($N)", locals.get("deleted"))
        .addStatement("return $T.delete(new $T(PRIMARY_KEY, $L))", BATCH_ITEM, PRIMARY_KEY, CodeBlock.join(keys, ", "))
        .endControlFlow();
    for (FieldModel field : model.primaryFields()) {
      method.addStatement("$T.requireKey($N, $S)", READERS, locals.get(field), field.name());
    }
    return method.addCode(construct(locals)).addStatement("return $T.upsert(record)", BATCH_ITEM).build();
  }

  private MethodSpec decodeValue() {
    MethodSpec.Builder method = MethodSpec.methodBuilder("decode").addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(type)
        .addParameter(JSON_PARSER, "parser")
        .addException(IO_EXCEPTION);
    NameAllocator locals = localNames();
    method.addCode(readFields(locals, false));
    return method.addCode(construct(locals)).addStatement("return record").build();
  }

  /** Local names: fixed ones first so a field called {@code parser} cannot shadow the parameter. */
  private NameAllocator localNames() {
    NameAllocator locals = new NameAllocator();
    for (String reserved : List.of("parser", "token", "field", "text", "deleted", "item", "record", "upsert")) {
      locals.newName(reserved, reserved);
    }
    for (FieldModel field : model.fields()) {
      locals.newName(field.javaName(), field);
    }
    return locals;
  }

  private CodeBlock readFields(NameAllocator locals, boolean deletable) {
    CodeBlock.Builder code = CodeBlock.builder();
    code.addStatement("$T.expectObject(parser, $S)", READERS, model.name());
    for (FieldModel field : model.fields()) {
      TypeName local = localType(field, deletable);
      code.addStatement("$T $N = $L", local, locals.get(field), defaultValue(local));
    }
    if (deletable) {
      code.addStatement("boolean deleted = false");
    }
    code.beginControlFlow("for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName())");
    boolean readsText = readsText();
    if (readsText) {
      // Every string value is read here, at one getText() call site: C2 inlines Jackson's text path (getText,
      // _finishString, TextBuffer) once instead of once per string field, which could exhaust its inlining budget
      // before the rest of this method (benchmarks/notes/1.md, "Fork-to-fork variance").
      code.addStatement("String text = parser.nextToken() == $T.VALUE_STRING ? parser.getText() : null", JSON_TOKEN);
    } else {
      code.addStatement("parser.nextToken()");
    }
    code.beginControlFlow("switch (field)");
    for (FieldModel field : model.fields()) {
      code.addStatement("case $S -> $N = $L", field.name(), locals.get(field), read(field, deletable, readsText));
    }
    if (deletable) {
      code.addStatement("case $S -> deleted = $T.readBoolean(parser, $S)", "_isDeleted", READERS, "_isDeleted");
    }
    code.addStatement("default -> $T.unknownField(parser, field, unknownFields)", READERS);
    code.endControlFlow();
    code.endControlFlow();
    return code.build();
  }

  /** Primary keys use boxed locals so a missing key can be told from 0. */
  private TypeName localType(FieldModel field, boolean keyed) {
    TypeName declared = TypeName.get(field.javaType());
    return keyed && field.primary() ? declared.box() : declared;
  }

  private static CodeBlock defaultValue(TypeName type) {
    if (!type.isPrimitive()) {
      return CodeBlock.of("null");
    }
    if (type.equals(TypeName.BOOLEAN)) {
      return CodeBlock.of("false");
    }
    if (type.equals(TypeName.LONG)) {
      return CodeBlock.of("0L");
    }
    if (type.equals(TypeName.FLOAT)) {
      return CodeBlock.of("0f");
    }
    if (type.equals(TypeName.DOUBLE)) {
      return CodeBlock.of("0d");
    }
    if (type.equals(TypeName.CHAR)) {
      return CodeBlock.of("'\\0'");
    }
    return type.equals(TypeName.INT) ? CodeBlock.of("0") : CodeBlock.of("($T) 0", type);
  }

  /** Whether a field is read from a JSON string by its text: {@code String} and enum fields. */
  private static boolean isText(FieldType type) {
    return type instanceof FieldType.EnumType
        || type instanceof FieldType.Scalar scalar && scalar.scalar() == JavaScalar.STRING;
  }

  private boolean readsText() {
    for (FieldModel field : model.fields()) {
      if (isText(field.type())) {
        return true;
      }
    }
    return false;
  }

  /** {@code readsText}: the loop has read a string value's text into {@code text} (null for any other token). */
  private CodeBlock read(FieldModel field, boolean keyed, boolean readsText) {
    String name = field.name();
    FieldType fieldType = field.type();
    if (fieldType instanceof FieldType.Array array) {
      return readArray(field, array);
    }
    if (fieldType instanceof FieldType.Scalar scalar) {
      JavaScalar javaScalar = keyed && field.primary() ? scalar.scalar().boxed() : scalar.scalar();
      CodeBlock read = CodeBlock.of("$T.$N(parser, $S)", READERS, javaScalar.reader(), name);
      return readsText && isText(fieldType) ? CodeBlock.of("text != null ? text : $L", read) : read;
    }
    if (fieldType instanceof FieldType.EnumType enumType) {
      return CodeBlock.of("text != null ? $N(text, $S) : $N(parser, $S)", enumFromTextName(enumType), name,
          enumReaderName(enumType), name);
    }
    FieldType.Custom custom = (FieldType.Custom) fieldType;
    return CodeBlock.of("$N.read(parser, $S)", nestedCodecs.get(custom.model().qualifiedName()), name);
  }

  private CodeBlock readArray(FieldModel field, FieldType.Array array) {
    String name = field.name();
    FieldType element = array.element();
    if (array.container() == FieldType.Container.ARRAY && element instanceof FieldType.Scalar scalar
        && scalar.scalar().primitive()) {
      String kind = scalar.scalar().javaName();
      return CodeBlock.of("$T.read$LArray(parser, $S)", READERS, Character.toUpperCase(kind.charAt(0)) + kind.substring(1), name);
    }
    CodeBlock reader = elementReader(element);
    switch (array.container()) {
      case LIST:
        return CodeBlock.of("$T.readList(parser, $S, $L)", READERS, name, reader);
      case SET:
        return CodeBlock.of("$T.readSet(parser, $S, $L)", READERS, name, reader);
      default:
        TypeName component = ((ArrayTypeName) TypeName.get(field.javaType())).componentType();
        return CodeBlock.of("$T.readArray(parser, $S, $L, new $T[0])", READERS, name, reader, component);
    }
  }

  // Elements are read and written through constants, never method references: a method reference costs an
  // invokedynamic bootstrap on first use, milliseconds in a fresh JVM that answers one request.

  private CodeBlock elementReader(FieldType element) {
    if (element instanceof FieldType.Scalar scalar) {
      return CodeBlock.of("$T.$N", ELEMENT_READERS, elementConstant(scalar.scalar().boxed()));
    }
    if (element instanceof FieldType.EnumType enumType) {
      return CodeBlock.of("$N", enumElementReaders.get(enumType.type().getQualifiedName().toString()));
    }
    return CodeBlock.of("$N", nestedCodecs.get(((FieldType.Custom) element).model().qualifiedName()));
  }

  /** Declares {@code record}: {@code new Asset(a, b, c)} for records (ignored components get defaults), setters for classes. */
  private CodeBlock construct(NameAllocator locals) {
    if (model.isRecord()) {
      List<CodeBlock> arguments = new ArrayList<>();
      for (TypeModel.RecordComponent component : model.components()) {
        arguments.add(component.field() == null
            ? defaultValue(TypeName.get(component.type()))
            : CodeBlock.of("$N", locals.get(component.field())));
      }
      return CodeBlock.builder().addStatement("$T record = new $T($L)", type, type, CodeBlock.join(arguments, ", ")).build();
    }
    CodeBlock.Builder code = CodeBlock.builder().addStatement("$T record = new $T()", type, type);
    for (FieldModel field : model.fields()) {
      if (field.setterIsField()) {
        code.addStatement("record.$N = $N", field.setter(), locals.get(field));
      } else {
        code.addStatement("record.$N($N)", field.setter(), locals.get(field));
      }
    }
    return code.build();
  }

  // ---- encoding

  private MethodSpec encode() {
    MethodSpec.Builder method = MethodSpec.methodBuilder("encode").addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(type, "value")
        .addParameter(JSON_GENERATOR, "generator")
        .addException(IO_EXCEPTION)
        .addStatement("generator.writeStartObject()");
    for (FieldModel field : model.fields()) {
      CodeBlock get = getter(field);
      TypeName javaType = TypeName.get(field.javaType());
      if (javaType.isPrimitive()) {
        writeValue(method, field, get);
      } else {
        method.beginControlFlow("if ($L != null)", get);
        writeValue(method, field, get);
        method.endControlFlow();
      }
    }
    return method.addStatement("generator.writeEndObject()").build();
  }

  private static CodeBlock getter(FieldModel field) {
    return getter(field, "value");
  }

  /** How generated code reads {@code field} of {@code receiver}: {@code value.assetId()} or {@code value.score}. */
  static CodeBlock getter(FieldModel field, String receiver) {
    return field.getterIsField()
        ? CodeBlock.of("$N.$N", receiver, field.getter())
        : CodeBlock.of("$N.$N()", receiver, field.getter());
  }

  private void writeValue(MethodSpec.Builder method, FieldModel field, CodeBlock get) {
    String name = nameConstants.get(field.name());
    method.addStatement("generator.writeFieldName($N)", name);
    FieldType fieldType = field.type();
    if (fieldType instanceof FieldType.Scalar scalar) {
      switch (scalar.scalar()) {
        case STRING:
          method.addStatement("generator.writeString($L)", get);
          break;
        case INSTANT:
          method.addStatement("$T.writeInstant($L, generator)", WRITERS, get);
          break;
        case LOCAL_DATE:
          method.addStatement("generator.writeString($L.toString())", get);
          break;
        case BOOLEAN:
        case BOOLEAN_BOX:
          method.addStatement("generator.writeBoolean($L)", get);
          break;
        default:
          method.addStatement("generator.writeNumber($L)", get);
      }
      return;
    }
    if (fieldType instanceof FieldType.EnumType) {
      method.addStatement("generator.writeString($L.name())", get);
      return;
    }
    if (fieldType instanceof FieldType.Custom custom) {
      method.addStatement("$N.encode($L, generator)", nestedCodecs.get(custom.model().qualifiedName()), get);
      return;
    }
    FieldType.Array array = (FieldType.Array) fieldType;
    FieldType element = array.element();
    if (array.container() == FieldType.Container.ARRAY && element instanceof FieldType.Scalar scalar
        && scalar.scalar().primitive()) {
      method.addStatement("$T.writeArray($L, generator)", WRITERS, get);
    } else {
      // The loop is written out, as a hand-written encoder would: a shared writeCollection with an ElementWriter
      // costs an interface call per element and pushes the field writes after it out of C2's inlining budget.
      method.addStatement("generator.writeStartArray()")
          .beginControlFlow("for ($T element : $L)", elementType(field.javaType()), get)
          .beginControlFlow("if (element == null)")
          .addStatement("generator.writeNull()")
          .nextControlFlow("else")
          .addStatement(writeElement(element))
          .endControlFlow()
          .endControlFlow()
          .addStatement("generator.writeEndArray()");
    }
  }

  /** The element type of an array, {@code List} or {@code Set} field (nested arrays are rejected when reading). */
  private static TypeName elementType(TypeMirror arrayType) {
    TypeMirror element = arrayType.getKind() == TypeKind.ARRAY
        ? ((ArrayType) arrayType).getComponentType()
        : ((DeclaredType) arrayType).getTypeArguments().get(0);
    return TypeName.get(element);
  }

  /** The statement writing one non-null {@code element} of an array field. */
  private CodeBlock writeElement(FieldType element) {
    if (element instanceof FieldType.Scalar scalar) {
      switch (scalar.scalar()) {
        case STRING:
          return CodeBlock.of("generator.writeString(element)");
        case INSTANT:
          return CodeBlock.of("$T.writeInstant(element, generator)", WRITERS);
        case LOCAL_DATE:
          return CodeBlock.of("generator.writeString(element.toString())");
        case BOOLEAN:
        case BOOLEAN_BOX:
          return CodeBlock.of("generator.writeBoolean(element)");
        default:
          return CodeBlock.of("generator.writeNumber(element)");
      }
    }
    if (element instanceof FieldType.EnumType) {
      return CodeBlock.of("generator.writeString(element.name())");
    }
    return CodeBlock.of("$N.encode(element, generator)", nestedCodecs.get(((FieldType.Custom) element).model().qualifiedName()));
  }

  private MethodSpec keyOf() {
    List<CodeBlock> values = new ArrayList<>();
    for (FieldModel field : model.primaryFields()) {
      values.add(getter(field));
    }
    return MethodSpec.methodBuilder("keyOf").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .returns(PRIMARY_KEY)
        .addParameter(type, "value")
        .addStatement("return new $T(PRIMARY_KEY, $L)", PRIMARY_KEY, CodeBlock.join(values, ", "))
        .build();
  }

  // ---- enums

  private static String enumReaderName(FieldType.EnumType enumType) {
    return "read" + String.join("", ClassName.get(enumType.type()).simpleNames());
  }

  private static String enumFromTextName(FieldType.EnumType enumType) {
    return "to" + String.join("", ClassName.get(enumType.type()).simpleNames());
  }

  private static String enumLookupName(FieldType.EnumType enumType) {
    return "lookup" + String.join("", ClassName.get(enumType.type()).simpleNames());
  }

  /** The {@code ElementReaders} constant of a boxed scalar: {@code STRING}, {@code INT} for {@code INT_BOX}. */
  private static String elementConstant(JavaScalar boxed) {
    return boxed.name().endsWith("_BOX") ? boxed.name().substring(0, boxed.name().length() - "_BOX".length()) : boxed.name();
  }

  /** {@code LEVEL_READER}: the enum's reader as an element reader (a small class, not a method reference). */
  private FieldSpec enumElementReader(FieldType.EnumType enumType, String constant) {
    ClassName enumName = ClassName.get(enumType.type());
    TypeSpec reader = TypeSpec.anonymousClassBuilder("")
        .addSuperinterface(ParameterizedTypeName.get(ELEMENT_READER, enumName))
        .addMethod(MethodSpec.methodBuilder("read").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
            .returns(enumName)
            .addParameter(JSON_PARSER, "parser")
            .addParameter(String.class, "field")
            .addException(IO_EXCEPTION)
            .addStatement("return $N(parser, field)", enumReaderName(enumType))
            .build())
        .build();
    return FieldSpec.builder(ParameterizedTypeName.get(ELEMENT_READER, enumName), constant,
            Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("$L", reader)
        .build();
  }

  private MethodSpec enumReader(FieldType.EnumType enumType) {
    ClassName enumName = ClassName.get(enumType.type());
    return MethodSpec.methodBuilder(enumReaderName(enumType)).addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(enumName)
        .addParameter(JSON_PARSER, "parser")
        .addParameter(String.class, "field")
        .addException(IO_EXCEPTION)
        .addStatement("String name = $T.readString(parser, field)", READERS)
        .addStatement("return name == null ? null : $N(name, field)", enumFromTextName(enumType))
        .build();
  }

  /** The constant named {@code name}, or a decode error naming {@code field} and the allowed names. */
  private MethodSpec enumFromText(FieldType.EnumType enumType) {
    ClassName enumName = ClassName.get(enumType.type());
    return MethodSpec.methodBuilder(enumFromTextName(enumType)).addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(enumName)
        .addParameter(String.class, "name")
        .addParameter(String.class, "field")
        .addException(DECODE_EXCEPTION)
        .addStatement("$T value = $N(name)", enumName, enumLookupName(enumType))
        .beginControlFlow("if (value == null)")
        .addStatement("throw new $T(field, \"'\" + name + \"' is not one of \" + $S)", DECODE_EXCEPTION,
            String.join(", ", enumType.constants()))
        .endControlFlow()
        .addStatement("return value")
        .build();
  }

  private MethodSpec enumLookup(FieldType.EnumType enumType) {
    ClassName enumName = ClassName.get(enumType.type());
    CodeBlock.Builder cases = CodeBlock.builder().add("return switch (name) {\n").indent();
    for (String constant : enumType.constants()) {
      cases.add("case $S -> $T.$N;\n", constant, enumName, constant);
    }
    cases.add("default -> null;\n").unindent().add("};\n");
    return MethodSpec.methodBuilder(enumLookupName(enumType)).addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(enumName)
        .addParameter(String.class, "name")
        .addCode(cases.build())
        .build();
  }
}
