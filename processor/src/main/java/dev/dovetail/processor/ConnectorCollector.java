package dev.dovetail.processor;

import dev.dovetail.processor.check.SchemaChecks;
import dev.dovetail.processor.diag.Diagnostics;
import dev.dovetail.processor.diag.Message;
import dev.dovetail.processor.model.BaseManifest;
import dev.dovetail.processor.model.DestinationModel;
import dev.dovetail.processor.model.EntityModel;
import dev.dovetail.processor.model.SynapseModel;
import dev.dovetail.processor.model.TypeModel;
import dev.dovetail.processor.read.Annotations;
import dev.dovetail.processor.read.BaseManifestReader;
import dev.dovetail.processor.read.DestinationReader;
import dev.dovetail.processor.read.Javadocs;
import dev.dovetail.processor.read.MetaReader;
import dev.dovetail.processor.read.SynapseReader;
import dev.dovetail.processor.read.TypeReader;
import dev.dovetail.processor.write.CodecWriter;
import dev.dovetail.processor.write.DispatcherWriter;
import dev.dovetail.processor.write.GeneratedNames;
import dev.dovetail.processor.write.ServiceIndexWriter;
import dev.dovetail.processor.write.SinkConnectorWriter;
import dev.dovetail.processor.write.SourceConnectorWriter;
import dev.dovetail.processor.write.SynapseDispatcherWriter;
import dev.dovetail.runtime.ocp.AppMeta;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Collects the connector across rounds: models each annotated element once (deferring those that still mention
 * types other processors have yet to generate), writes per-type sources immediately, and at the end runs the
 * cross-element rules and writes the aggregate resources if nothing was reported.
 */
final class ConnectorCollector {
  private final Elements elements;
  private final Diagnostics diagnostics;
  private final TypeReader typeReader;
  private final DestinationReader destinationReader;
  private final MetaReader metaReader;
  private final SynapseReader synapseReader;
  private final SchemaChecks schemaChecks;
  private final OutputWriter output;
  private final MisplacedAnnotations misplaced;

  /** By qualified name, so output order never depends on discovery order. */
  private final Map<String, TypeModel> schemas = new TreeMap<>();
  private final Map<String, Map<String, TypeModel>> customTypes = new TreeMap<>();
  private final Map<String, DestinationModel> destinations = new TreeMap<>();
  private final Map<String, SynapseModel> synapses = new TreeMap<>();
  /** Qualified names of {@code @Schema} types some synapse operation uses. */
  private final java.util.Set<String> entityTypes = new java.util.HashSet<>();
  private final TreeSet<String> deferred = new TreeSet<>();
  private final TreeSet<String> codecsWritten = new TreeSet<>();
  /** Generated class name → what it is generated as ({@code codec}, {@code dispatcher} …) and for which type. */
  private final Map<String, Claim> generatedNames = new HashMap<>();

  /** {@code role} of the generated class, e.g. {@code destination dispatcher}, generated for {@code origin}. */
  private record Claim(String role, String origin) {}
  private Element metaElement;
  private AppMeta meta;
  /** Whether the Kafka Connect adapter is on the class path; {@code null} until first asked. */
  private Boolean kafkaConnect;

  ConnectorCollector(ProcessingEnvironment env, Diagnostics diagnostics) {
    this.elements = env.getElementUtils();
    this.diagnostics = diagnostics;
    Javadocs javadocs = new Javadocs(elements);
    this.typeReader = new TypeReader(env, diagnostics, javadocs);
    this.destinationReader = new DestinationReader(env, diagnostics, javadocs, typeReader);
    this.metaReader = new MetaReader(diagnostics);
    this.synapseReader = new SynapseReader(env, diagnostics, javadocs, typeReader);
    this.schemaChecks = new SchemaChecks(diagnostics, elements);
    this.output = new OutputWriter(env.getFiler(), diagnostics);
    this.misplaced = new MisplacedAnnotations(elements, diagnostics);
  }

  void round(RoundEnvironment round) {
    List<TypeElement> pending = new ArrayList<>();
    for (String name : deferred) {
      TypeElement type = elements.getTypeElement(name);
      if (type != null) {
        pending.add(type);
      }
    }
    deferred.clear();
    for (String annotation : List.of(Annotations.SCHEMA, Annotations.DESTINATION, SynapseReader.SYNAPSE)) {
      TypeElement annotationType = elements.getTypeElement(annotation);
      if (annotationType == null) {
        continue;
      }
      for (Element element : round.getElementsAnnotatedWith(annotationType)) {
        if (element instanceof TypeElement type) {
          pending.add(type);
        } else {
          diagnostics.error(Message.SCHEMA_NOT_A_TYPE, element, element.getKind().toString().toLowerCase(), element.getSimpleName());
        }
      }
    }
    pending.sort(Comparator.comparing(t -> t.getQualifiedName().toString()));
    for (TypeElement type : new java.util.LinkedHashSet<>(pending)) {
      if (Unresolved.in(type)) {
        deferred.add(type.getQualifiedName().toString());
        continue;
      }
      try {
        if (Annotations.has(type, Annotations.SCHEMA)) {
          schema(type);
        }
        if (Annotations.has(type, Annotations.DESTINATION)) {
          destination(type);
        }
        if (Annotations.has(type, SynapseReader.SYNAPSE)) {
          synapse(type);
        }
      } catch (RuntimeException e) {
        diagnostics.error(Message.INTERNAL_ERROR, type, type.getQualifiedName(), DovetailProcessor.describe(e));
      }
    }
    readMeta(round);
    misplaced.round(round);
  }

  private void schema(TypeElement type) {
    String key = type.getQualifiedName().toString();
    if (schemas.containsKey(key)) {
      return;
    }
    TypeModel model = typeReader.readSchema(type);
    if (model == null) {
      return;
    }
    Map<String, TypeModel> custom = schemaChecks.customTypes(model);
    if (custom == null) {
      return;
    }
    schemas.put(key, model);
    customTypes.put(key, custom);
    writeCodec(model);
    custom.values().forEach(this::writeCodec);
  }

  private void writeCodec(TypeModel model) {
    if (!codecsWritten.contains(model.qualifiedName())
        && claimName(GeneratedNames.codec(model.element()).canonicalName(), model.element(), "codec")) {
      codecsWritten.add(model.qualifiedName());
      output.source(CodecWriter.write(model), model.element());
    }
  }

  /**
   * Reserves a generated class name for {@code origin} in {@code role}; reports when another origin, another role of
   * the same origin (a class that is both a destination and a synapse) or an existing class has it
   * ({@code Asset.Folder} and {@code Asset_Folder} both want {@code Asset_FolderCodec}).
   */
  private boolean claimName(String generated, TypeElement origin, String role) {
    Claim claim = new Claim(role, origin.getQualifiedName().toString());
    Claim previous = generatedNames.get(generated);
    String owner = null;
    if (previous == null && elements.getTypeElement(elements.getModuleOf(origin), generated) != null) {
      owner = "the class " + generated + " in the sources";
    } else if (previous != null && !previous.origin().equals(claim.origin())) {
      owner = previous.origin();
    } else if (previous != null && !previous.role().equals(role)) {
      owner = "its own " + previous.role() + " (a class cannot be both a destination and a synapse)";
    }
    if (owner != null) {
      diagnostics.error(Message.GENERATED_NAME_CLASH, origin, generated, origin.getSimpleName(), owner);
      return false;
    }
    generatedNames.put(generated, claim);
    return true;
  }

  private void destination(TypeElement type) {
    DestinationModel model = destinationReader.read(type);
    if (model == null) {
      return;
    }
    if (model.schema() != null) {
      schema(model.schema().element());
      if (!schemas.containsKey(model.schema().qualifiedName())) {
        return;
      }
    }
    if (!claimName(GeneratedNames.dispatcher(type).canonicalName(), type, "destination dispatcher")) {
      return;
    }
    if (kafkaConnect() && !claimName(GeneratedNames.sinkConnector(type).canonicalName(), type,
        "Kafka Connect sink connector")) {
      return;
    }
    destinations.put(type.getQualifiedName().toString(), model);
    List<TypeModel> custom = model.schema() == null ? List.of()
        : List.copyOf(customTypes.get(model.schema().qualifiedName()).values());
    output.source(DispatcherWriter.write(model, custom), type);
    if (kafkaConnect()) {
      output.source(SinkConnectorWriter.write(model), type);
    }
  }

  /**
   * Whether the Kafka Connect adapter is on the class path: then each destination gets a sink connector. Looked up
   * once: the class path does not change during a compilation, and a miss searches every module.
   */
  private boolean kafkaConnect() {
    if (kafkaConnect == null) {
      kafkaConnect = elements.getTypeElement(SinkConnectorWriter.ADAPTER) != null;
    }
    return kafkaConnect;
  }

  /** Whether the adapter's source half is on the class path: then each synapse that reads gets a source connector. */
  private boolean kafkaSource(SynapseModel synapse) {
    return synapse.reads() && elements.getTypeElement(SourceConnectorWriter.ADAPTER) != null;
  }

  private void synapse(TypeElement type) {
    // Even when the synapse has errors its entities are no OCP schemas: no FIELD_NO_OCP_TYPE on top of its errors.
    entityTypes.addAll(synapseReader.entityTypes(type));
    SynapseModel model = synapseReader.read(type);
    if (model == null) {
      return;
    }
    for (EntityModel entity : model.entities()) {
      schema(entity.type().element());
      if (!schemas.containsKey(entity.type().qualifiedName())) {
        return;
      }
      entityTypes.add(entity.type().qualifiedName());
    }
    if (!claimName(GeneratedNames.synapseDispatcher(type).canonicalName(), type, "synapse dispatcher")) {
      return;
    }
    if (kafkaSource(model) && !claimName(GeneratedNames.sourceConnector(type).canonicalName(), type,
        "Kafka Connect source connector")) {
      return;
    }
    synapses.put(type.getQualifiedName().toString(), model);
    output.source(SynapseDispatcherWriter.write(model), type);
    if (kafkaSource(model)) {
      output.source(SourceConnectorWriter.write(model), type);
    }
  }

  private void readMeta(RoundEnvironment round) {
    TypeElement annotation = elements.getTypeElement(Annotations.OCP_APP);
    if (annotation == null) {
      return;
    }
    List<Element> annotated = new ArrayList<>(round.getElementsAnnotatedWith(annotation));
    annotated.sort(Comparator.comparing(Element::toString));
    for (Element element : annotated) {
      if (metaElement != null) {
        diagnostics.error(Message.META_DUPLICATE, element, Annotations.find(element, Annotations.OCP_APP), null,
            describe(metaElement));
        continue;
      }
      metaElement = element;
      meta = metaReader.read(element);
    }
  }

  void finish(String baseManifestPath) {
    for (String name : deferred) {
      TypeElement type = elements.getTypeElement(name);
      diagnostics.error(Message.DEFERRED_TYPE_MISSING, type, name, Unresolved.first(type));
    }
    misplaced.finish(entityTypes, this::usage);
    List<String> ocpSchemas = ocpSchemas();
    checkUnique(ocpSchemas);
    for (String key : ocpSchemas) {
      schemaChecks.checkOcp(schemas.get(key), customTypes.get(key).values());
    }
    if (diagnostics.errorCount() > 0) {
      return;
    }
    BaseManifest base = null;
    if (baseManifestPath != null && !baseManifestPath.isBlank()) {
      base = new BaseManifestReader(diagnostics).read(baseManifestPath);
      if (base == null) {
        return;
      }
    }
    AppMeta appMeta = resolveMeta(base);
    if (diagnostics.errorCount() > 0) {
      return;
    }
    for (String key : ocpSchemas) {
      output.schemaFile(schemas.get(key), customTypes.get(key).values());
    }
    for (SynapseModel synapse : synapses.values()) {
      output.synapseDescriptor(synapse);
    }
    if (!synapses.isEmpty()) {
      List<TypeElement> synapseTypes = new ArrayList<>();
      List<TypeElement> sources = new ArrayList<>();
      for (SynapseModel synapse : synapses.values()) {
        synapseTypes.add(synapse.element());
        if (kafkaSource(synapse)) {
          sources.add(synapse.element());
        }
      }
      output.serviceIndex(ServiceIndexWriter.SYNAPSE_DISPATCHERS, "the synapse dispatchers of this connector",
          synapseTypes, GeneratedNames::synapseDispatcher);
      if (!sources.isEmpty()) {
        output.serviceIndex(ServiceIndexWriter.SOURCE_CONNECTORS, "a Kafka Connect source connector per synapse",
            sources, GeneratedNames::sourceConnector);
      }
    }
    if (appMeta != null) {
      output.manifest(appMeta, base == null ? Map.of() : base.otherSections(), destinations.values(), metaElement);
    }
    if (!destinations.isEmpty()) {
      List<TypeElement> destinationTypes = new ArrayList<>();
      destinations.values().forEach(destination -> destinationTypes.add(destination.element()));
      output.serviceIndex(ServiceIndexWriter.DESTINATION_DISPATCHERS, "the destination dispatchers of this connector",
          destinationTypes, GeneratedNames::dispatcher);
      if (kafkaConnect()) {
        output.serviceIndex(ServiceIndexWriter.SINK_CONNECTORS, "a Kafka Connect sink connector per destination",
            destinationTypes, GeneratedNames::sinkConnector);
      }
    }
    if (!destinations.isEmpty() || !synapses.isEmpty()) {
      output.connectorDocs(appMeta, metaElement, destinations.values(),
          schema -> customTypes.get(schema.qualifiedName()).values(), synapses.values());
    }
  }

  /**
   * The {@code @Schema} types that are OCP schemas (sorted): those a destination receives, and those no synapse
   * uses. Pure synapse entities follow Syncari's rules only (time types allowed, no OCP schema file).
   */
  private List<String> ocpSchemas() {
    java.util.Set<String> received = new java.util.HashSet<>();
    for (DestinationModel destination : destinations.values()) {
      if (destination.schema() != null) {
        received.add(destination.schema().qualifiedName());
      }
    }
    List<String> out = new ArrayList<>();
    for (String key : schemas.keySet()) {
      if (received.contains(key) || !entityTypes.contains(key)) {
        out.add(key);
      }
    }
    return out;
  }

  /** What uses the {@code @Schema} type {@code qualifiedName}, which is no synapse entity, for messages. */
  private String usage(String qualifiedName) {
    List<String> uses = new ArrayList<>();
    for (DestinationModel destination : destinations.values()) {
      if (destination.schema() != null && destination.schema().qualifiedName().equals(qualifiedName)) {
        uses.add("destination " + destination.name());
      }
    }
    customTypes.forEach((schema, custom) -> {
      if (custom.values().stream().anyMatch(t -> t.qualifiedName().equals(qualifiedName))) {
        uses.add("schema " + schemas.get(schema).name() + " (as a custom type)");
      }
    });
    return uses.isEmpty() ? "no destination or synapse uses it" : "it is used by " + String.join(", ", uses);
  }

  /** The app meta from {@code @OcpApp} or the base manifest; reports when destinations exist and there is none. */
  private AppMeta resolveMeta(BaseManifest base) {
    if (base != null && base.meta() != null) {
      if (metaElement != null) {
        diagnostics.error(Message.META_TWICE, metaElement, Annotations.find(metaElement, Annotations.OCP_APP), null, base.path());
        return null;
      }
      return base.meta();
    }
    if (metaElement == null && !destinations.isEmpty()) {
      diagnostics.error(Message.META_MISSING, destinations.values().iterator().next().element());
    }
    return meta;
  }

  /**
   * Destination names, entry points, synapse names and the names of OCP schemas (they become file names) must be
   * unique across the connector. Entity names need only be unique within a synapse (checked when it is read).
   */
  private void checkUnique(List<String> ocpSchemas) {
    Map<String, DestinationModel> byName = new LinkedHashMap<>();
    // OCP loads destinations and schema functions alike from destinations/<EntryPoint>.
    Map<String, String> byEntryPoint = new LinkedHashMap<>();
    for (DestinationModel destination : destinations.values()) {
      DestinationModel previous = byName.putIfAbsent(destination.name(), destination);
      if (previous != null) {
        diagnostics.error(Message.DESTINATION_NAME_DUPLICATE, destination.element(),
            Annotations.find(destination.element(), Annotations.DESTINATION), null, destination.name(),
            previous.element().getQualifiedName());
      }
      claimEntryPoint(byEntryPoint, destination.entryPoint(), destination.element().getQualifiedName().toString(), destination);
      if (destination.schemaFunction() != null) {
        claimEntryPoint(byEntryPoint, destination.schemaFunction().getSimpleName().toString(),
            destination.schemaFunction().getQualifiedName().toString(), destination);
      }
    }
    Map<String, SynapseModel> bySynapseName = new LinkedHashMap<>();
    for (SynapseModel synapse : synapses.values()) {
      SynapseModel previous = bySynapseName.putIfAbsent(synapse.name(), synapse);
      if (previous != null) {
        diagnostics.error(Message.SYNAPSE_NAME_DUPLICATE, synapse.element(), Annotations.find(synapse.element(), SynapseReader.SYNAPSE),
            null, synapse.name(), previous.element().getQualifiedName());
      }
    }
    Map<String, TypeModel> bySchemaName = new LinkedHashMap<>();
    for (String key : ocpSchemas) {
      TypeModel schema = schemas.get(key);
      TypeModel previous = bySchemaName.putIfAbsent(schema.name(), schema);
      if (previous != null) {
        diagnostics.error(Message.SCHEMA_NAME_DUPLICATE, schema.element(), Annotations.find(schema.element(), Annotations.SCHEMA),
            null, schema.name(), previous.qualifiedName());
      }
    }
  }

  private void claimEntryPoint(Map<String, String> byEntryPoint, String entryPoint, String className,
      DestinationModel destination) {
    String previous = byEntryPoint.putIfAbsent(entryPoint, className);
    if (previous != null && !previous.equals(className)) {
      diagnostics.error(Message.DESTINATION_ENTRY_POINT_DUPLICATE, destination.element(), entryPoint, previous);
    }
  }

  private static String describe(Element element) {
    return element.getKind() == ElementKind.PACKAGE ? "package " + element : element.toString();
  }
}
