package dev.dovetail.runtime.sync.mapping;

import java.util.Set;

/**
 * Which source attributes may fill which destination fields, decided before the first record moves. The source
 * side is the contract's {@code dataType} (how the value travels in JSON); the destination side the OCP field type
 * ({@code string}, {@code boolean}, {@code int}, {@code long}, {@code float}, a custom type, or {@code [type]}).
 */
final class TypeCompatibility {
  private static final Set<String> TEXTUAL = Set.of("string", "picklist", "password", "date", "datetime");
  private static final Set<String> WHOLE = Set.of("integer");
  private static final Set<String> FRACTIONAL = Set.of("double", "decimal");
  /** Ids and times that end systems send either as numbers or as strings. */
  private static final Set<String> EITHER = Set.of("reference", "timestamp");
  private static final Set<String> STRUCTURED = Set.of("object", "complex");
  private static final Set<String> OCP_SCALARS = Set.of("string", "boolean", "int", "long", "float");

  private TypeCompatibility() {}

  /** The conversion that fills {@code destType} from {@code source}, or {@code null} when none does. */
  static Conversion conversion(SourceField source, String destType) {
    boolean destArray = destType.startsWith("[") && destType.endsWith("]");
    boolean sourceArray = source.multiValue() || source.dataType().equals("child");
    if (destArray != sourceArray) {
      return null;
    }
    if (destArray) {
      String element = destType.substring(1, destType.length() - 1);
      String sourceElement = source.dataType().equals("child") ? "object" : source.dataType();
      // Elements are copied as they are: a list is not converted element by element.
      return scalar(sourceElement, element) == Conversion.COPY ? Conversion.COPY : null;
    }
    return scalar(source.dataType(), destType);
  }

  private static Conversion scalar(String dataType, String destType) {
    if (!OCP_SCALARS.contains(destType)) {
      return STRUCTURED.contains(dataType) ? Conversion.COPY : null; // a custom (object) type
    }
    return switch (destType) {
      case "string" -> TEXTUAL.contains(dataType) ? Conversion.COPY
          : WHOLE.contains(dataType) || FRACTIONAL.contains(dataType) || EITHER.contains(dataType)
              || dataType.equals("boolean") ? Conversion.TEXT : null;
      case "int", "long" -> WHOLE.contains(dataType) ? Conversion.COPY
          : EITHER.contains(dataType) ? Conversion.INTEGER : null;
      case "float" -> WHOLE.contains(dataType) || FRACTIONAL.contains(dataType) ? Conversion.COPY : null;
      case "boolean" -> dataType.equals("boolean") ? Conversion.COPY : null;
      default -> null;
    };
  }

  /** What to suggest when {@code destType} cannot be filled: the data types that can. */
  static String fits(String destType) {
    if (destType.startsWith("[")) {
      return "a multi-value attribute of a matching type";
    }
    return switch (destType) {
      case "string" -> "any scalar attribute (string, picklist, date, datetime, numbers, boolean, reference)";
      case "int", "long" -> "an integer attribute (or a numeric reference or timestamp)";
      case "float" -> "an integer, double or decimal attribute";
      case "boolean" -> "a boolean attribute";
      default -> "an object attribute";
    };
  }
}
