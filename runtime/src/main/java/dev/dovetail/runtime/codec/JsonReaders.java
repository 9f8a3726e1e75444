package dev.dovetail.runtime.codec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Value readers the generated codecs call, each with the parser on the value's first token.
 *
 * <p>Reading is lenient where the platform is loose and strict where data would be lost: numbers may arrive as
 * numeric strings, an integer may fill a float field, {@code null} leaves a primitive at its default; a fraction in
 * an integer field, an out-of-range number or an object where a scalar belongs is a {@link RecordDecodeException}.
 */
public final class JsonReaders {
  private JsonReaders() {}

  /** Fails unless the current token opens an object. */
  public static void expectObject(JsonParser p, String what) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw new RecordDecodeException(null, "expected a JSON object for " + what + " but found " + describe(p));
    }
  }

  /** Applies the unknown-field policy to the value at the current token. */
  public static void unknownField(JsonParser p, String field, UnknownFields policy) throws IOException {
    if (policy == UnknownFields.REJECT) {
      throw new RecordDecodeException(field, "not a field of this schema");
    }
    p.skipChildren();
  }

  /** Fails when a primary field is missing from a record or delete item. */
  public static <V> V requireKey(V value, String field) throws RecordDecodeException {
    if (value == null) {
      throw new RecordDecodeException(field, "primary key field is missing or null");
    }
    return value;
  }

  // Each hot reader is a small fast path for the expected token (cheap for C2 to inline into a generated decode) and
  // an out-of-line slow path for everything else: null, numeric strings, errors.

  public static String readString(JsonParser p, String field) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      return p.getText();
    }
    return readStringSlow(p, field);
  }

  private static String readStringSlow(JsonParser p, String field) throws IOException {
    switch (p.currentToken()) {
      case VALUE_STRING:
        return p.getText();
      case VALUE_NULL:
        return null;
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
      case VALUE_TRUE:
      case VALUE_FALSE:
        return p.getText();
      default:
        throw mismatch(p, field, "a string");
    }
  }

  public static Boolean readBooleanObject(JsonParser p, String field) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_TRUE) {
      return Boolean.TRUE;
    }
    if (token == JsonToken.VALUE_FALSE) {
      return Boolean.FALSE;
    }
    return readBooleanSlow(p, field);
  }

  public static boolean readBoolean(JsonParser p, String field) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (token == JsonToken.VALUE_FALSE) {
      return false;
    }
    Boolean value = readBooleanSlow(p, field);
    return value != null && value;
  }

  private static Boolean readBooleanSlow(JsonParser p, String field) throws IOException {
    switch (p.currentToken()) {
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return null;
      case VALUE_STRING:
        String text = p.getText().trim();
        if (text.equalsIgnoreCase("true")) {
          return Boolean.TRUE;
        }
        if (text.equalsIgnoreCase("false")) {
          return Boolean.FALSE;
        }
        throw mismatch(p, field, "a boolean");
      default:
        throw mismatch(p, field, "a boolean");
    }
  }

  // The integer fast paths ask Jackson for the value directly: getLongValue()/getIntValue() parse the number once
  // and throw InputCoercionException when it does not fit, so there is no getNumberType() call (a second inlined
  // copy of Jackson's number parsing in every generated decode) on the way.

  public static Long readLongObject(JsonParser p, String field) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
      try {
        return p.getLongValue();
      } catch (InputCoercionException e) {
        throw outOfRange(p, field, "long");
      }
    }
    return readLongSlow(p, field);
  }

  public static long readLong(JsonParser p, String field) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
      try {
        return p.getLongValue();
      } catch (InputCoercionException e) {
        throw outOfRange(p, field, "long");
      }
    }
    Long value = readLongSlow(p, field);
    return value == null ? 0L : value;
  }

  private static Long readLongSlow(JsonParser p, String field) throws IOException {
    switch (p.currentToken()) {
      case VALUE_NUMBER_INT:
        if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
          throw outOfRange(p, field, "long");
        }
        return p.getLongValue();
      case VALUE_NULL:
        return null;
      case VALUE_STRING:
        try {
          return Long.parseLong(p.getText().trim());
        } catch (NumberFormatException e) {
          throw mismatch(p, field, "an integer");
        }
      case VALUE_NUMBER_FLOAT:
        throw new RecordDecodeException(field, "expected an integer but found the fraction " + p.getText());
      default:
        throw mismatch(p, field, "an integer");
    }
  }

  public static Integer readIntObject(JsonParser p, String field) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
      try {
        return p.getIntValue();
      } catch (InputCoercionException e) {
        throw outOfRange(p, field, "int");
      }
    }
    return readIntSlow(p, field);
  }

  public static int readInt(JsonParser p, String field) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
      try {
        return p.getIntValue();
      } catch (InputCoercionException e) {
        throw outOfRange(p, field, "int");
      }
    }
    Integer value = readIntSlow(p, field);
    return value == null ? 0 : value;
  }

  private static Integer readIntSlow(JsonParser p, String field) throws IOException {
    Long value = readLongObject(p, field);
    if (value == null) {
      return null;
    }
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw outOfRange(p, field, "int");
    }
    return value.intValue();
  }

  public static Short readShortObject(JsonParser p, String field) throws IOException {
    Long value = readLongObject(p, field);
    if (value == null) {
      return null;
    }
    if (value < Short.MIN_VALUE || value > Short.MAX_VALUE) {
      throw outOfRange(p, field, "short");
    }
    return value.shortValue();
  }

  public static short readShort(JsonParser p, String field) throws IOException {
    Short value = readShortObject(p, field);
    return value == null ? 0 : value;
  }

  public static Byte readByteObject(JsonParser p, String field) throws IOException {
    Long value = readLongObject(p, field);
    if (value == null) {
      return null;
    }
    if (value < Byte.MIN_VALUE || value > Byte.MAX_VALUE) {
      throw outOfRange(p, field, "byte");
    }
    return value.byteValue();
  }

  public static byte readByte(JsonParser p, String field) throws IOException {
    Byte value = readByteObject(p, field);
    return value == null ? 0 : value;
  }

  public static Double readDoubleObject(JsonParser p, String field) throws IOException {
    JsonToken token = p.currentToken();
    if (isNumber(token)) {
      return p.getDoubleValue();
    }
    return readDoubleSlow(p, field);
  }

  public static double readDouble(JsonParser p, String field) throws IOException {
    JsonToken token = p.currentToken();
    if (isNumber(token)) {
      return p.getDoubleValue();
    }
    Double value = readDoubleSlow(p, field);
    return value == null ? 0d : value;
  }

  private static Double readDoubleSlow(JsonParser p, String field) throws IOException {
    switch (p.currentToken()) {
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return p.getDoubleValue();
      case VALUE_NULL:
        return null;
      case VALUE_STRING:
        try {
          return Double.parseDouble(p.getText().trim());
        } catch (NumberFormatException e) {
          throw mismatch(p, field, "a number");
        }
      default:
        throw mismatch(p, field, "a number");
    }
  }

  public static Float readFloatObject(JsonParser p, String field) throws IOException {
    JsonToken token = p.currentToken();
    if (isNumber(token)) {
      return (float) p.getDoubleValue();
    }
    Double value = readDoubleSlow(p, field);
    return value == null ? null : value.floatValue();
  }

  public static float readFloat(JsonParser p, String field) throws IOException {
    return (float) readDouble(p, field);
  }

  public static BigDecimal readBigDecimal(JsonParser p, String field) throws IOException {
    switch (p.currentToken()) {
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return p.getDecimalValue();
      case VALUE_NULL:
        return null;
      case VALUE_STRING:
        try {
          return new BigDecimal(p.getText().trim());
        } catch (NumberFormatException e) {
          throw mismatch(p, field, "a number");
        }
      default:
        throw mismatch(p, field, "a number");
    }
  }

  /** An ISO-8601 instant ({@code 2026-01-02T03:04:05Z}) or epoch milliseconds; {@code null} stays null. */
  public static java.time.Instant readInstant(JsonParser p, String field) throws IOException {
    switch (p.currentToken()) {
      case VALUE_NULL:
        return null;
      case VALUE_NUMBER_INT:
        return java.time.Instant.ofEpochMilli(p.getLongValue());
      case VALUE_STRING:
        String text = p.getText().trim();
        try {
          return isDigits(text)
              ? java.time.Instant.ofEpochMilli(Long.parseLong(text))
              : java.time.OffsetDateTime.parse(text).toInstant();
        } catch (RuntimeException e) {
          throw new RecordDecodeException(field, "expected an ISO-8601 date-time or epoch milliseconds but found \"" + text + "\"");
        }
      default:
        throw mismatch(p, field, "a date-time");
    }
  }

  /** An ISO-8601 date ({@code 2026-01-02}); {@code null} stays null. */
  public static java.time.LocalDate readLocalDate(JsonParser p, String field) throws IOException {
    switch (p.currentToken()) {
      case VALUE_NULL:
        return null;
      case VALUE_STRING:
        try {
          return java.time.LocalDate.parse(p.getText().trim());
        } catch (RuntimeException e) {
          throw new RecordDecodeException(field, "expected an ISO-8601 date (yyyy-mm-dd) but found \"" + p.getText() + "\"");
        }
      default:
        throw mismatch(p, field, "a date");
    }
  }

  /** Reads a JSON array into a list; {@code null} stays null. */
  public static <E> List<E> readList(JsonParser p, String field, ElementReader<E> element) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    expectArray(p, field);
    List<E> out = new ArrayList<>();
    try {
      while (p.nextToken() != JsonToken.END_ARRAY) {
        // The plain field name: only a failing element gets its index in the path.
        out.add(element.read(p, field));
      }
    } catch (RecordDecodeException e) {
      throw atIndex(e, field, out.size());
    }
    return out;
  }

  /** Reads a JSON array into an insertion-ordered set; {@code null} stays null. */
  public static <E> Set<E> readSet(JsonParser p, String field, ElementReader<E> element) throws IOException {
    List<E> list = readList(p, field, element);
    return list == null ? null : new LinkedHashSet<>(list);
  }

  /** Reads a JSON array into an object array of {@code empty}'s type; {@code null} stays null. */
  public static <E> E[] readArray(JsonParser p, String field, ElementReader<E> element, E[] empty) throws IOException {
    List<E> list = readList(p, field, element);
    return list == null ? null : list.toArray(empty);
  }

  /**
   * The failure of an element read under the plain field name, re-addressed to its index: {@code tags} →
   * {@code tags[2]}, {@code renditions.width} → {@code renditions[0].width}. A failure whose path does not start
   * with {@code field} is returned as it is.
   */
  public static RecordDecodeException atIndex(RecordDecodeException e, String field, int index) {
    String path = e.field();
    if (path == null || !path.startsWith(field)) {
      return e;
    }
    int length = field.length();
    if (path.length() > length && path.charAt(length) != '.' && path.charAt(length) != '[') {
      return e;
    }
    RecordDecodeException indexed = new RecordDecodeException(indexed(field, index) + path.substring(length), e.problem());
    indexed.setStackTrace(e.getStackTrace());
    return indexed;
  }

  private static String indexed(String field, int index) {
    return new StringBuilder(field.length() + 8).append(field).append('[').append(index).append(']').toString();
  }

  // Primitive arrays: read the elements as boxes with the element readers (one loop for all seven kinds), then
  // unbox. Primitive arrays are rare in connector records; boxing them keeps one copy of the array rules.

  public static long[] readLongArray(JsonParser p, String field) throws IOException {
    List<Long> values = primitiveElements(p, field, ElementReaders.LONG);
    if (values == null) {
      return null;
    }
    long[] out = new long[values.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = values.get(i);
    }
    return out;
  }

  public static int[] readIntArray(JsonParser p, String field) throws IOException {
    List<Integer> values = primitiveElements(p, field, ElementReaders.INT);
    if (values == null) {
      return null;
    }
    int[] out = new int[values.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = values.get(i);
    }
    return out;
  }

  public static short[] readShortArray(JsonParser p, String field) throws IOException {
    List<Short> values = primitiveElements(p, field, ElementReaders.SHORT);
    if (values == null) {
      return null;
    }
    short[] out = new short[values.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = values.get(i);
    }
    return out;
  }

  public static byte[] readByteArray(JsonParser p, String field) throws IOException {
    List<Byte> values = primitiveElements(p, field, ElementReaders.BYTE);
    if (values == null) {
      return null;
    }
    byte[] out = new byte[values.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = values.get(i);
    }
    return out;
  }

  public static double[] readDoubleArray(JsonParser p, String field) throws IOException {
    List<Double> values = primitiveElements(p, field, ElementReaders.DOUBLE);
    if (values == null) {
      return null;
    }
    double[] out = new double[values.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = values.get(i);
    }
    return out;
  }

  public static float[] readFloatArray(JsonParser p, String field) throws IOException {
    List<Float> values = primitiveElements(p, field, ElementReaders.FLOAT);
    if (values == null) {
      return null;
    }
    float[] out = new float[values.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = values.get(i);
    }
    return out;
  }

  public static boolean[] readBooleanArray(JsonParser p, String field) throws IOException {
    List<Boolean> values = primitiveElements(p, field, ElementReaders.BOOLEAN);
    if (values == null) {
      return null;
    }
    boolean[] out = new boolean[values.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = values.get(i);
    }
    return out;
  }

  /**
   * The elements of a primitive array as boxes, or {@code null} for JSON null. A null element is reported after the
   * whole array was read, so a type error in a later element is reported first.
   */
  private static <E> List<E> primitiveElements(JsonParser p, String field, ElementReader<E> element) throws IOException {
    List<E> values = readList(p, field, element);
    int firstNull = values == null ? -1 : values.indexOf(null);
    if (firstNull >= 0) {
      throw nullElement(field, firstNull);
    }
    return values;
  }

  /** Epoch milliseconds as text: a plain loop, no stream (this runs per value). */
  private static boolean isDigits(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isNumber(JsonToken token) {
    return token == JsonToken.VALUE_NUMBER_FLOAT || token == JsonToken.VALUE_NUMBER_INT;
  }

  private static RecordDecodeException nullElement(String field, int index) {
    return new RecordDecodeException(indexed(field, index), "null is not allowed in a primitive array");
  }

  private static void expectArray(JsonParser p, String field) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw mismatch(p, field, "an array");
    }
  }

  private static RecordDecodeException mismatch(JsonParser p, String field, String expected) {
    return new RecordDecodeException(field, "expected " + expected + " but found " + describe(p));
  }

  private static RecordDecodeException outOfRange(JsonParser p, String field, String type) throws IOException {
    return new RecordDecodeException(field, p.getText() + " is out of range for " + type);
  }

  /** A short description of the current token for messages: {@code the string "abc"}, {@code an object}. */
  static String describe(JsonParser p) {
    JsonToken token = p.currentToken();
    if (token == null) {
      return "the end of input";
    }
    try {
      switch (token) {
        case START_OBJECT:
          return "an object";
        case START_ARRAY:
          return "an array";
        case VALUE_STRING:
          return "the string \"" + abbreviate(p.getText()) + "\"";
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT:
          return "the number " + abbreviate(p.getText());
        case VALUE_TRUE:
        case VALUE_FALSE:
          return "the boolean " + p.getText();
        case VALUE_NULL:
          return "null";
        default:
          return token.asString() == null ? token.name() : token.asString();
      }
    } catch (IOException e) {
      return token.name();
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }
}
