package dev.dovetail.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import dev.dovetail.processor.diag.Diagnostics;
import dev.dovetail.processor.diag.Message;
import dev.dovetail.processor.model.DestinationModel;
import dev.dovetail.processor.model.SynapseModel;
import dev.dovetail.processor.model.TypeModel;
import dev.dovetail.processor.write.ConnectorDocsWriter;
import dev.dovetail.processor.write.ManifestWriter;
import dev.dovetail.processor.write.SchemaYamlWriter;
import dev.dovetail.processor.write.ServiceIndexWriter;
import dev.dovetail.processor.write.SynapseJson;
import dev.dovetail.runtime.ocp.AppMeta;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/** Writes generated sources and resources through the {@link Filer}, with their originating elements. */
final class OutputWriter {
  private final Filer filer;
  private final Diagnostics diagnostics;

  OutputWriter(Filer filer, Diagnostics diagnostics) {
    this.filer = filer;
    this.diagnostics = diagnostics;
  }

  /**
   * Renders {@code file} into memory, then hands the text to the Filer in one write: {@link JavaFile#writeTo(Filer)}
   * streams JavaPoet's many small appends through the Filer's unbuffered encoder instead.
   */
  void source(JavaFile file, Element origin) {
    String name = file.packageName().isEmpty() ? file.typeSpec().name() : file.packageName() + "." + file.typeSpec().name();
    StringBuilder text = new StringBuilder(16_384);
    try {
      file.writeTo(text);
      JavaFileObject out = filer.createSourceFile(name, file.typeSpec().originatingElements().toArray(new Element[0]));
      try (Writer writer = out.openWriter()) {
        writer.write(text.toString());
      }
    } catch (IOException e) {
      diagnostics.error(Message.INTERNAL_ERROR, origin, name, "cannot write source: " + e.getMessage());
    }
  }

  void schemaFile(TypeModel schema, Collection<TypeModel> customTypes) {
    List<Element> origins = new ArrayList<>();
    origins.add(schema.element());
    customTypes.forEach(t -> origins.add(t.element()));
    resource(SchemaYamlWriter.path(schema), SchemaYamlWriter.render(schema, customTypes), origins);
  }

  void manifest(AppMeta meta, Map<String, Object> otherSections, Collection<DestinationModel> destinations, Element metaElement) {
    List<Element> origins = new ArrayList<>();
    if (metaElement != null) {
      origins.add(metaElement);
    }
    destinations.forEach(d -> origins.add(d.element()));
    resource(ManifestWriter.PATH, ManifestWriter.render(meta, otherSections, destinations), origins);
  }

  /**
   * {@code META-INF/services/<service>} listing the class {@code provider} names for each of {@code origins}, which are
   * the file's originating elements.
   */
  void serviceIndex(String service, String what, Collection<TypeElement> origins,
      Function<TypeElement, ClassName> provider) {
    List<ClassName> providers = new ArrayList<>();
    for (TypeElement origin : origins) {
      providers.add(provider.apply(origin));
    }
    resource(ServiceIndexWriter.path(service), ServiceIndexWriter.render(what, providers), new ArrayList<>(origins));
  }

  void synapseDescriptor(SynapseModel synapse) {
    List<Element> origins = new ArrayList<>();
    origins.add(synapse.element());
    synapse.entities().forEach(e -> origins.add(e.type().element()));
    resource(SynapseJson.descriptorPath(synapse), SynapseJson.descriptor(synapse), origins);
  }

  /** The Markdown reference: it describes every part of the connector, so every annotated element is an origin. */
  void connectorDocs(AppMeta meta, Element metaElement, Collection<DestinationModel> destinations,
      Function<TypeModel, Collection<TypeModel>> customTypesOf, Collection<SynapseModel> synapses) {
    List<Element> origins = new ArrayList<>();
    if (metaElement != null) {
      origins.add(metaElement);
    }
    for (DestinationModel destination : destinations) {
      origins.add(destination.element());
      if (destination.schemaFunction() != null) {
        origins.add(destination.schemaFunction());
      } else {
        origins.add(destination.schema().element());
        customTypesOf.apply(destination.schema()).forEach(t -> origins.add(t.element()));
      }
    }
    for (SynapseModel synapse : synapses) {
      origins.add(synapse.element());
      synapse.entities().forEach(e -> origins.add(e.type().element()));
    }
    resource(ConnectorDocsWriter.PATH, ConnectorDocsWriter.render(meta, destinations, customTypesOf, synapses),
        origins.stream().distinct().toList());
  }

  private void resource(String path, String content, List<Element> origins) {
    try {
      FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", path, origins.toArray(new Element[0]));
      try (Writer writer = new java.io.OutputStreamWriter(file.openOutputStream(), StandardCharsets.UTF_8)) {
        writer.write(content);
      }
    } catch (IOException e) {
      diagnostics.error(Message.INTERNAL_ERROR, path, "cannot write resource: " + e.getMessage());
    }
  }
}
