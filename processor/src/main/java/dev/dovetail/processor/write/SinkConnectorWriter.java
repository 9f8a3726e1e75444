package dev.dovetail.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.dovetail.processor.model.DestinationModel;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Class>SinkConnector}, a Kafka Connect sink connector fixed to one destination ({@link
 * ServiceIndexWriter} lists them for Connect's {@code plugin.discovery=service_load}). Only when the Kafka Connect
 * adapter ({@value #ADAPTER}) is on the class path: a connector without it gets neither.
 */
public final class SinkConnectorWriter {
  public static final String ADAPTER = "dev.dovetail.kafka.DovetailSinkConnector";

  private SinkConnectorWriter() {}

  public static JavaFile write(DestinationModel destination) {
    ClassName connector = GeneratedNames.sinkConnector(destination.element());
    TypeSpec spec = TypeSpec.classBuilder(connector)
        .addJavadoc("Kafka Connect sink connector of destination {@code $L} ({@link $T}).\nSet"
            + " {@code connector.class} to this class; the destination's settings are {@code settings.<key>} entries.\n",
            destination.name(), ClassName.get(destination.element()))
        .addAnnotation(GeneratedNames.generated("Kafka Connect sink connector of destination " + destination.name()))
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(ClassName.bestGuess(ADAPTER))
        .addOriginatingElement(destination.element())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
            .addStatement("super($S)", destination.name()).build())
        .build();
    return JavaFile.builder(connector.packageName(), spec).skipJavaLangImports(true).indent("  ").build();
  }
}
