package dev.dovetail.processor;

import com.palantir.javapoet.JavaFile;
import dev.dovetail.processor.diag.Diagnostics;
import dev.dovetail.processor.diag.Message;
import dev.dovetail.processor.model.AppMeta;
import dev.dovetail.processor.model.DestinationModel;
import dev.dovetail.processor.model.TypeModel;
import dev.dovetail.processor.write.ManifestWriter;
import dev.dovetail.processor.write.SchemaYamlWriter;
import dev.dovetail.processor.write.ServiceIndexWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/** Writes generated sources and resources through the {@link Filer}, with their originating elements. */
final class OutputWriter {
  private final Filer filer;
  private final Diagnostics diagnostics;

  OutputWriter(Filer filer, Diagnostics diagnostics) {
    this.filer = filer;
    this.diagnostics = diagnostics;
  }

  void source(JavaFile file, Element origin) {
    try {
      file.writeTo(filer);
    } catch (IOException e) {
      diagnostics.error(Message.INTERNAL_ERROR, origin, file.packageName() + "." + file.typeSpec().name(),
          "cannot write source: " + e.getMessage());
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

  void serviceIndex(Collection<DestinationModel> destinations) {
    List<Element> origins = new ArrayList<>();
    destinations.forEach(d -> origins.add(d.element()));
    resource(ServiceIndexWriter.PATH, ServiceIndexWriter.render(destinations), origins);
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
