package dev.dovetail.runtime.synapse;

/**
 * The data type of an entity attribute (contract §5.2), written by its wire value. A typed constant rather than a
 * string, so a misspelt type is a compile error in the author's code instead of a schema Syncari rejects later.
 */
public enum DataType {
  BOOLEAN("boolean"),
  DECIMAL("decimal"),
  DOUBLE("double"),
  REFERENCE("reference"),
  PICKLIST("picklist"),
  STRING("string"),
  DATETIME("datetime"),
  TIMESTAMP("timestamp"),
  INTEGER("integer"),
  DATE("date"),
  OBJECT("object"),
  CHILD("child"),
  PASSWORD("password"),
  /** Only known to late SDK 1.3.x releases. */
  COMPLEX("complex");

  private final String wireValue;

  DataType(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value on the wire, e.g. {@code datetime}. */
  public String wireValue() {
    return wireValue;
  }

  /** The constant whose wire value is {@code value}. */
  public static DataType ofWireValue(String value) {
    for (DataType type : values()) {
      if (type.wireValue.equals(value)) {
        return type;
      }
    }
    throw new IllegalArgumentException("not a Syncari data type: " + value);
  }
}
