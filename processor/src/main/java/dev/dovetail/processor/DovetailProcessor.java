package dev.dovetail.processor;

import com.google.auto.service.AutoService;
import dev.dovetail.processor.diag.Diagnostics;
import dev.dovetail.processor.diag.Message;
import dev.dovetail.processor.read.Annotations;
import dev.dovetail.processor.read.OperationMethods;
import dev.dovetail.processor.read.SynapseReader;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Entry point registered with javac. Reads {@code @Schema}, {@code @Destination} and {@code @OcpApp} elements
 * round by round, checks them, writes per-type Java sources as it goes and the aggregate resources (app.yml,
 * schema files, service index) once, after the last round. Never claims annotations; never lets an exception
 * escape into javac.
 */
@AutoService(Processor.class)
public final class DovetailProcessor extends AbstractProcessor {
  /** Path of a hand-written base app.yml whose other sections are kept. */
  public static final String BASE_MANIFEST_OPTION = "dovetail.baseManifest";
  /**
   * {@code true}: tell Gradle the processor is an aggregating incremental processor. Opt-in, because Gradle hands an
   * aggregating processor the unchanged annotated types as class files, which keep no Javadoc: only connectors whose
   * descriptions are all in annotations get the same output from an incremental build (see the README).
   */
  public static final String GRADLE_INCREMENTAL_OPTION = "dovetail.gradle.incremental";
  /** Gradle's option for a processor registered as {@code dynamic} in META-INF/gradle/incremental.annotation.processors. */
  static final String GRADLE_AGGREGATING = "org.gradle.annotation.processing.aggregating";

  private Diagnostics diagnostics;
  private ConnectorCollector collector;

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    diagnostics = new Diagnostics(env.getMessager());
    collector = new ConnectorCollector(env, diagnostics);
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    Set<String> out = new java.util.HashSet<>(Set.of(Annotations.DESTINATION, Annotations.SCHEMA, Annotations.OCP_APP,
        SynapseReader.SYNAPSE, Annotations.ATTRIBUTE));
    // Operation annotations are read through their @Synapse class; seen alone they may be misplaced.
    out.addAll(OperationMethods.ANNOTATIONS);
    return Set.copyOf(out);
  }

  @Override
  public Set<String> getSupportedOptions() {
    // Gradle asks after init(); without the opt-in the processor is not incremental and Gradle recompiles everything.
    if (processingEnv != null && Boolean.parseBoolean(processingEnv.getOptions().get(GRADLE_INCREMENTAL_OPTION))) {
      return Set.of(BASE_MANIFEST_OPTION, GRADLE_INCREMENTAL_OPTION, GRADLE_AGGREGATING);
    }
    return Set.of(BASE_MANIFEST_OPTION, GRADLE_INCREMENTAL_OPTION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    try {
      if (round.processingOver()) {
        collector.finish(processingEnv.getOptions().get(BASE_MANIFEST_OPTION));
      } else {
        collector.round(round);
      }
    } catch (RuntimeException | Error e) {
      diagnostics.error(Message.INTERNAL_ERROR, "this round", describe(e));
    }
    return false;
  }

  static String describe(Throwable e) {
    StackTraceElement[] trace = e.getStackTrace();
    return e + (trace.length > 0 ? " at " + trace[0] : "");
  }
}
