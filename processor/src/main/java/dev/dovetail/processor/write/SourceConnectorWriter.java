package dev.dovetail.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.dovetail.processor.model.SynapseModel;
import dev.dovetail.processor.model.SynapseModel.ConnectionFieldModel;
import dev.dovetail.runtime.sync.Secrets;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Class>SourceConnector}, a Kafka Connect source connector fixed to one synapse, with a
 * {@code ConfigDef} of its connection fields ({@code connection.<field>}; secret ones typed {@code PASSWORD}, which
 * Connect masks); {@link ServiceIndexWriter} lists them for Connect's {@code plugin.discovery=service_load}. Only for
 * synapses that read, and only when the Kafka Connect adapter ({@value #ADAPTER}) is on the class path.
 */
public final class SourceConnectorWriter {
  public static final String ADAPTER = "dev.dovetail.kafka.DovetailSourceConnector";
  /** Must match {@code SourceConfig.CONNECTION_PREFIX} of the adapter. */
  static final String CONNECTION_PREFIX = "connection.";

  private static final ClassName CONFIG_DEF = ClassName.get("org.apache.kafka.common.config", "ConfigDef");
  private static final String GROUP = "Connection";

  private SourceConnectorWriter() {}

  public static JavaFile write(SynapseModel synapse) {
    ClassName connector = GeneratedNames.sourceConnector(synapse.element());
    TypeSpec spec = TypeSpec.classBuilder(connector)
        .addJavadoc("Kafka Connect source connector of synapse {@code $L} ({@link $T}).\nSet"
            + " {@code connector.class} to this class and {@code dovetail.entity} to the entity to read; the"
            + " connection fields are {@code connection.<field>} entries.\n",
            synapse.name(), ClassName.get(synapse.element()))
        .addAnnotation(GeneratedNames.generated("Kafka Connect source connector of synapse " + synapse.name()))
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(ClassName.bestGuess(ADAPTER))
        .addOriginatingElement(synapse.element())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
            .addStatement("super($S, connectionFields())", synapse.name()).build())
        .addMethod(connectionFields(synapse))
        .build();
    return JavaFile.builder(connector.packageName(), spec).skipJavaLangImports(true).indent("  ").build();
  }

  private static MethodSpec connectionFields(SynapseModel synapse) {
    MethodSpec.Builder method = MethodSpec.methodBuilder("connectionFields")
        .addJavadoc("The connection fields of synapse {@code $L} as connector keys, in declaration order.\n",
            synapse.name())
        .addModifiers(Modifier.STATIC)
        .returns(CONFIG_DEF)
        .addStatement("$T fields = new $T()", CONFIG_DEF, CONFIG_DEF);
    int order = 0;
    for (ConnectionFieldModel field : synapse.connectionFields()) {
      method.addStatement(define(synapse, field, ++order));
    }
    return method.addStatement("return fields").build();
  }

  /**
   * {@code fields.define(key, type, default, importance, doc, group, order, width, label)}. A field is required when
   * every auth type asks for it and it has no default; secret fields (declared, standard or password-like names, as
   * the sync engine has them) are passwords.
   */
  private static CodeBlock define(SynapseModel synapse, ConnectionFieldModel field, int order) {
    boolean secret = field.secret() || Secrets.isSecretKey(field.name());
    boolean required = field.required() && field.defaultValue() == null
        && (synapse.authTypes().isEmpty() || field.authTypes().containsAll(synapse.authTypes()));
    CodeBlock defaultValue = required ? CodeBlock.of("$T.NO_DEFAULT_VALUE", CONFIG_DEF)
        : field.defaultValue() == null ? CodeBlock.of("null") : CodeBlock.of("$S", field.defaultValue());
    String doc = field.description().isBlank() ? field.label() : field.description();
    return CodeBlock.builder()
        .add("fields.define($S, $T.Type.$L, $L, $T.Importance.$L,\n", CONNECTION_PREFIX + field.name(), CONFIG_DEF,
            secret ? "PASSWORD" : "STRING", defaultValue, CONFIG_DEF, required ? "HIGH" : "MEDIUM")
        .add("$S, $S, $L, $T.Width.$L, $S)", doc, GROUP, order, CONFIG_DEF, secret ? "MEDIUM" : "LONG",
            field.label())
        .build();
  }
}
