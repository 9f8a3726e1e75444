package dev.dovetail.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import javax.lang.model.element.TypeElement;

/** Names of generated classes: {@code <Type>Codec} and {@code <Class>Dispatcher} in the author's package. */
public final class GeneratedNames {
  static final String PROCESSOR = "dev.dovetail.processor.DovetailProcessor";
  private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

  private GeneratedNames() {}

  public static ClassName codec(TypeElement type) {
    return sibling(type, "Codec");
  }

  public static ClassName synapseDispatcher(TypeElement type) {
    return sibling(type, "Dispatcher");
  }

  public static ClassName dispatcher(TypeElement type) {
    return sibling(type, "Dispatcher");
  }

  /** The Kafka Connect sink connector of a destination (generated only with the adapter on the class path). */
  public static ClassName sinkConnector(TypeElement type) {
    return sibling(type, "SinkConnector");
  }

  /** The Kafka Connect source connector of a synapse (generated only with the adapter on the class path). */
  public static ClassName sourceConnector(TypeElement type) {
    return sibling(type, "SourceConnector");
  }

  /** {@code a.b.Outer.Inner} + {@code Codec} → {@code a.b.Outer_InnerCodec}. */
  private static ClassName sibling(TypeElement type, String suffix) {
    ClassName name = ClassName.get(type);
    return ClassName.get(name.packageName(), String.join("_", name.simpleNames()) + suffix);
  }

  /** {@code @Generated} with the processor's name; no date, so output stays byte-identical. */
  static AnnotationSpec generated(String comment) {
    return AnnotationSpec.builder(GENERATED)
        .addMember("value", "$S", PROCESSOR)
        .addMember("comments", "$S", comment)
        .build();
  }
}
