package dev.dovetail.processor.diag;

import java.util.Locale;

/**
 * Every diagnostic the processor can report, with a stable id (quoted in the message so authors can search for
 * it) and a format string that says what is wrong and how to fix it. Ids name the spec rule where there is one.
 */
public enum Message {
  // Destinations (spec §2.2, J14, J15)
  DESTINATION_NOT_A_CLASS("@Destination goes on a class, not on %s %s; put it on the class that implements DestinationHandler<T>"),
  DESTINATION_NOT_PUBLIC("destination class %s must be public so the runtime can construct it; add 'public'"),
  DESTINATION_ABSTRACT("destination class %s must not be abstract: the runtime constructs it; make it concrete"),
  DESTINATION_INNER("destination class %s must be top-level or a static nested class; add 'static' or move it"),
  DESTINATION_NO_CONSTRUCTOR("destination class %s needs a public no-argument constructor (OCP constructs destinations without arguments); add 'public %s() {}'"),
  DESTINATION_NOT_A_HANDLER("destination class %s does not implement dev.dovetail.runtime.DestinationHandler<T>; implement it with T your @Schema record type"),
  DESTINATION_RAW_HANDLER("destination class %s implements the raw type DestinationHandler; give the record type: DestinationHandler<MyRecord>"),
  DESTINATION_RECORD_NOT_SCHEMA("destination %s receives %s, which has no @Schema; annotate %s with @Schema, or declare a schema function with @Destination(schemaFunction = ...) and receive DynamicRecord"),
  DESTINATION_DYNAMIC_NEEDS_FUNCTION("destination %s receives DynamicRecord but declares no schema; add @Destination(schemaFunction = MySchemaFunction.class)"),
  DESTINATION_DYNAMIC_RECORD_TYPE("destination %s declares a schema function, so it must implement DestinationHandler<DynamicRecord>, not DestinationHandler<%s>; drop schemaFunction to use the static schema of %s"),
  DESTINATION_NAME_FORMAT("destination name '%s' %s (OCP D/§3.8); set @Destination(name = \"...\")"),
  DESTINATION_NAME_DUPLICATE("destination name '%s' is already used by %s; destination keys in app.yml must be unique: set a different @Destination(name = ...)"),
  DESTINATION_ENTRY_POINT_DUPLICATE("entry point '%s' is already used by %s; OCP loads destinations by class name, so rename one class"),
  DESTINATION_DESCRIPTION_MISSING("destination %s has no description (OCP requires one, rule D1); set @Destination(description = \"...\") or add a Javadoc comment to the class"),
  SCHEMA_FUNCTION_WRONG_TYPE("schema function %s does not implement dev.dovetail.runtime.DestinationSchemaFunction (OCP D13); implement it or name another class"),
  SCHEMA_FUNCTION_NOT_INSTANTIABLE("schema function %s must be a public, concrete, top-level or static class with a public no-argument constructor (OCP D12); %s"),

  // Schemas (spec §3, J7–J13)
  SCHEMA_NOT_A_TYPE("@Schema goes on a record or a class, not on %s %s"),
  SCHEMA_NAME_FORMAT("schema name '%s' %s (OCP S3); set @Schema(name = \"...\")"),
  SCHEMA_NAME_DUPLICATE("schema name '%s' is already used by %s; schema names become file names and must be unique: set a different @Schema(name = ...)"),
  SCHEMA_DISPLAY_NAME_BLANK("display name of %s must not be blank (OCP S4); set a non-blank displayName or remove it to derive one"),
  SCHEMA_DESCRIPTION_MISSING("%s has no description (OCP requires one for schemas, fields and custom types); set description = \"...\" on its annotation or add a Javadoc comment"),
  SCHEMA_NO_PRIMARY_KEY("schema '%s' has no primary key (OCP S10); mark the identifying field with @SchemaField(primary = true)"),
  SCHEMA_NO_FIELDS("%s has no fields; a schema or custom type needs at least one non-static, non-transient field"),
  SCHEMA_NOT_CONSTRUCTIBLE("%s cannot be built by the generated codec: %s; make it a record, or give it a public no-argument constructor"),
  SCHEMA_INHERITED_FIELDS("%s extends %s, which declares fields; inherited fields are not read into schemas or custom types: move them into %s, or make it a record"),
  CUSTOM_TYPE_NAME_FORMAT("custom type name '%s' (derived from %s) %s (OCP S11); rename the type, or annotate it with @Schema(name = \"...\") to name it"),
  CUSTOM_TYPE_DESCRIPTION_MISSING("custom type %s has no description (OCP S11); add a Javadoc comment to %s"),
  GENERATED_NAME_CLASH("Dovetail generates %s for %s, but that name is already taken by %s; rename one of the types"),
  SCHEMA_GENERIC("%s is generic; schema and custom types must not have type parameters: use concrete field types"),
  FIELD_NAME_FORMAT("field name '%s' %s (OCP S5); set @SchemaField(name = \"...\")"),
  FIELD_NAME_DUPLICATE("field name '%s' is used twice in %s (by '%s' and '%s'); set a different @SchemaField(name = ...)"),
  FIELD_DISPLAY_NAME_BLANK("display name of field '%s' must not be blank (OCP S6); set a non-blank displayName or remove it to derive one"),
  FIELD_UNSUPPORTED_TYPE("field '%s' has type %s, which has no OCP type; supported: String, boolean/Boolean, byte/short/int (and boxes), long/Long, float/double/BigDecimal (and boxes), enums, records or classes of such fields (custom types), and List<X>, Set<X> or X[] of one of those"),
  FIELD_UNRESOLVED_TYPE("field '%s' has type %s, which could not be resolved; check its imports and that the class is on the class path"),
  FIELD_NO_OCP_TYPE("field '%s' of %s has type %s, which OCP schemas cannot hold (there is no OCP time type); use a long (epoch milliseconds) or a String (ISO-8601) in a type a destination receives"),
  FIELD_NESTED_ARRAY("field '%s' has type %s: OCP has no arrays of arrays ([[x]] is rejected, rule F4); use a custom type that holds the inner array"),
  FIELD_PRIMARY_NOT_SCALAR("field '%s' is primary but has type %s; a primary key must be a single string, boolean or number (stricter than the SDK, spec §3.8); mark a scalar field primary instead"),
  FIELD_PRIMARY_IN_CUSTOM_TYPE("field '%s' of custom type %s is marked primary, which OCP ignores inside custom types; remove primary = true"),
  FIELD_PRIMARY_IGNORED("field '%s' is both @SchemaIgnore and primary; a primary field must be in the schema: remove one of the two"),
  FIELD_FORMAT_NOT_STRING("field '%s' has format URL but type %s; format url only applies to string fields"),
  FIELD_NOT_READABLE("field '%s' of %s cannot be read by the generated codec: make it public or add a public getter %s()"),
  FIELD_NOT_WRITABLE("field '%s' of %s cannot be set by the generated codec: make it public and non-final or add a public setter %s(%s)"),
  FIELD_ANNOTATION_ON_STATIC("%s on static field '%s' has no effect: schemas and codecs hold instance fields only; remove %s, or make '%s' an instance field"),
  FIELD_ANNOTATION_ON_TRANSIENT("%s on transient field '%s' has no effect: transient fields are left out of schemas and codecs; remove %s, or remove 'transient'"),
  FIELD_ANNOTATION_ON_IGNORED("%s on '%s' has no effect: it is @SchemaIgnore, so left out of the schema and the codec; remove %s, or remove @SchemaIgnore"),
  CUSTOM_TYPE_RECURSIVE("field '%s' makes custom type %s contain itself (%s); OCP custom types cannot be recursive: break the cycle"),
  CUSTOM_TYPE_NAME_CLASH("custom type name '%s' of %s is already used in schema '%s' by %s; rename one of the types"),
  CUSTOM_TYPE_NAME_RESERVED("custom type name '%s' of %s is an OCP scalar type name; rename the type"),

  // Synapses (syncari-synapse.md §3–§9, J2–J7)
  SYNAPSE_NOT_INSTANTIABLE("synapse class %s %s; the runtime creates one instance per request: make it a public, concrete, top-level or static class with a public no-argument constructor"),
  SYNAPSE_NAME_FORMAT("synapse name '%s' %s; set @Synapse(name = \"...\")"),
  SYNAPSE_NAME_DUPLICATE("synapse name '%s' is already used by %s; set a different @Synapse(name = ...)"),
  SYNAPSE_DESCRIPTION_MISSING("synapse %s has no description; set @Synapse(description = \"...\") or add a Javadoc comment to the class"),
  SYNAPSE_NO_OPERATIONS("synapse %s has no operation; annotate methods with @Read (a source), or @Create, @Update, @Delete (a sink)"),
  SYNAPSE_NO_AUTH_TYPE("synapse %s lists no auth type; use authTypes = AuthType.NONE when it needs no credentials"),
  SYNAPSE_SETTING_RANGE("%s must be %s, not %d"),
  CONNECTION_FIELD_INVALID("connection field %s; give every @ConnectionField a unique, non-blank name"),
  CONNECTION_FIELD_AUTH_TYPE("connection field '%s' names auth type %s, which synapse %s does not declare (its authTypes are %s); add it to @Synapse(authTypes = ...), or remove it from the field's authTypes"),
  OPERATION_MODIFIERS("%s method %s must not be %s: the generated dispatcher calls it on a new instance; make it a public or package-private instance method"),
  OPERATION_SIGNATURE("%s method %s has the wrong signature; expected %s"),
  OPERATION_NOT_ACCESSIBLE("%s method %s is %s in %s, another package than synapse %s's: the generated dispatcher in package %s cannot call it; make it public, or override it in %s"),
  OPERATION_THROWS("%s method %s declares %s, a checked throwable that is no Exception; the generated dispatcher passes on Exception and its subclasses and unchecked throwables (RuntimeException, Error): throw an Exception instead"),
  OPERATION_OUTSIDE_SYNAPSE("%s on %s() has no effect: %s has no @Synapse and no @Synapse class extends it; annotate %s with @Synapse, or remove %s"),
  OPERATION_BASE_UNUSED("%s on %s() has no effect in this compilation: %s has no @Synapse and no @Synapse class extends it; extend it with a @Synapse class, or remove %s (fine if synapses compiled elsewhere extend it)"),
  OPERATION_TWO_KINDS("method %s has both %s and %s; one method implements one operation"),
  OPERATION_DUPLICATE("%s for %s is already implemented by %s; one method per entity and operation"),
  OPERATION_ENTITY_NOT_SCHEMA("%s names %s, which has no @Schema; entities are @Schema types: annotate %s"),
  ENTITY_NAME_DUPLICATE("entity name '%s' of %s is already used by %s in synapse %s; set a different @Schema(name = ...)"),
  ENTITY_TWO_IDS("entity %s already has the id attribute '%s'; a synapse entity has exactly one id: remove primary = true here"),
  ENTITY_NO_WATERMARK("entity %s is read incrementally by %s but has no watermark; mark its last-modified field with @Attribute(watermark = true)"),
  ENTITY_TWO_WATERMARKS("entity %s already has the watermark '%s'; mark one field only"),
  ENTITY_WATERMARK_TYPE("watermark '%s' has type %s; a watermark is a time: use java.time.Instant or a long of epoch milliseconds"),
  ATTRIBUTE_OUTSIDE_SCHEMA("@Attribute on '%s' has no effect: %s has no @Schema, and @Attribute describes fields of @Schema types that synapses use as entities; annotate %s with @Schema, or remove @Attribute"),
  ATTRIBUTE_NOT_ENTITY("@Attribute on '%s' has no effect: %s is not an entity of any @Synapse; %s; remove @Attribute, or name %s in a synapse operation"),
  ENTITY_REFERENCE_NOT_SCHEMA("referenceTo of '%s' names %s, which has no @Schema; reference another entity type"),
  ENTITY_REFERENCE_NOT_ENTITY("referenceTo of '%s' names %s, which is no entity of synapse %s; a reference points at an entity of the same synapse: add an operation for %s to %s, or remove referenceTo"),
  ENTITY_REFERENCE_DATA_TYPE("'%s' has referenceTo, which makes it a reference, but also dataType = %s; remove dataType (or set it to REFERENCE), or remove referenceTo"),

  // App meta (spec §2.1, M2–M5)
  META_MISSING("no app meta for app.yml: add @OcpApp(...) to a package-info.java (or any class), or pass -Adovetail.baseManifest=<path to a base app.yml with a meta block>"),
  META_DUPLICATE("@OcpApp is already declared on %s; declare the app meta once"),
  META_TWICE("app meta comes from both @OcpApp and the base manifest %s; keep one of the two"),
  META_INVALID("invalid app meta: %s (OCP M5)"),
  BASE_MANIFEST_UNREADABLE("base manifest %s cannot be read: %s"),
  BASE_MANIFEST_INVALID("base manifest %s: %s"),

  // Processor health
  DEFERRED_TYPE_MISSING("%s refers to %s, which was never generated or found; check the type name and the processors that should create it"),
  INTERNAL_ERROR("Dovetail processor failed on %s: %s. This is a bug in Dovetail; please report it with this message");

  private final String format;

  Message(String format) {
    this.format = format;
  }

  /** Stable id, e.g. {@code DOVETAIL-FIELD_NAME_FORMAT}. */
  public String id() {
    return "DOVETAIL-" + name();
  }

  /** The formatted message, prefixed with its id. */
  public String format(Object... args) {
    return "[" + id() + "] " + String.format(Locale.ROOT, format, args);
  }
}
