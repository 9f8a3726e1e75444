package dev.dovetail.processor.model;

/**
 * The Java scalar types a schema field may have, each with its OCP type and the {@code JsonReaders} method that
 * decodes it. Boxed types decode JSON null to null; primitives to their default.
 */
public enum JavaScalar {
  STRING("java.lang.String", "string", "readString", false),
  BOOLEAN("boolean", "boolean", "readBoolean", true),
  BOOLEAN_BOX("java.lang.Boolean", "boolean", "readBooleanObject", false),
  BYTE("byte", "int", "readByte", true),
  BYTE_BOX("java.lang.Byte", "int", "readByteObject", false),
  SHORT("short", "int", "readShort", true),
  SHORT_BOX("java.lang.Short", "int", "readShortObject", false),
  INT("int", "int", "readInt", true),
  INT_BOX("java.lang.Integer", "int", "readIntObject", false),
  LONG("long", "long", "readLong", true),
  LONG_BOX("java.lang.Long", "long", "readLongObject", false),
  FLOAT("float", "float", "readFloat", true),
  FLOAT_BOX("java.lang.Float", "float", "readFloatObject", false),
  DOUBLE("double", "float", "readDouble", true),
  DOUBLE_BOX("java.lang.Double", "float", "readDoubleObject", false),
  BIG_DECIMAL("java.math.BigDecimal", "float", "readBigDecimal", false),
  /** No OCP type (OCP has no time scalar); a synapse {@code datetime}, carried as ISO-8601 text. */
  INSTANT("java.time.Instant", null, "readInstant", false),
  /** No OCP type; a synapse {@code date}, carried as ISO-8601 text. */
  LOCAL_DATE("java.time.LocalDate", null, "readLocalDate", false);

  private final String javaName;
  private final String ocpType;
  private final String reader;
  private final boolean primitive;

  JavaScalar(String javaName, String ocpType, String reader, boolean primitive) {
    this.javaName = javaName;
    this.ocpType = ocpType;
    this.reader = reader;
    this.primitive = primitive;
  }

  /** Primitive keyword or qualified class name. */
  public String javaName() {
    return javaName;
  }

  /** The OCP type, or {@code null} when OCP has none (time types: fine for synapse entities only). */
  public String ocpType() {
    return ocpType;
  }

  /** Name of the {@code JsonReaders} method for a single value. */
  public String reader() {
    return reader;
  }

  public boolean primitive() {
    return primitive;
  }

  /** The boxed counterpart (itself for reference types), used for list elements. */
  public JavaScalar boxed() {
    switch (this) {
      case BOOLEAN: return BOOLEAN_BOX;
      case BYTE: return BYTE_BOX;
      case SHORT: return SHORT_BOX;
      case INT: return INT_BOX;
      case LONG: return LONG_BOX;
      case FLOAT: return FLOAT_BOX;
      case DOUBLE: return DOUBLE_BOX;
      default: return this;
    }
  }

  public static JavaScalar forJavaName(String name) {
    for (JavaScalar scalar : values()) {
      if (scalar.javaName.equals(name)) {
        return scalar;
      }
    }
    return null;
  }
}
