package dev.dovetail.runtime.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.dovetail.runtime.PrimaryKey;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;

/** Value writers the generated codecs call. */
public final class JsonWriters {
  private JsonWriters() {}

  /** Writes each element of a list or set; {@code null} elements are written as JSON null. */
  public static <E> void writeCollection(Collection<E> values, JsonGenerator g, ElementWriter<? super E> element) throws IOException {
    g.writeStartArray();
    for (E value : values) {
      if (value == null) {
        g.writeNull();
      } else {
        element.write(value, g);
      }
    }
    g.writeEndArray();
  }

  public static <E> void writeArray(E[] values, JsonGenerator g, ElementWriter<? super E> element) throws IOException {
    g.writeStartArray();
    for (E value : values) {
      if (value == null) {
        g.writeNull();
      } else {
        element.write(value, g);
      }
    }
    g.writeEndArray();
  }

  public static void writeArray(long[] values, JsonGenerator g) throws IOException {
    g.writeArray(values, 0, values.length);
  }

  public static void writeArray(int[] values, JsonGenerator g) throws IOException {
    g.writeArray(values, 0, values.length);
  }

  public static void writeArray(double[] values, JsonGenerator g) throws IOException {
    g.writeArray(values, 0, values.length);
  }

  public static void writeArray(short[] values, JsonGenerator g) throws IOException {
    g.writeStartArray();
    for (short value : values) {
      g.writeNumber(value);
    }
    g.writeEndArray();
  }

  public static void writeArray(byte[] values, JsonGenerator g) throws IOException {
    g.writeStartArray();
    for (byte value : values) {
      g.writeNumber(value);
    }
    g.writeEndArray();
  }

  public static void writeArray(float[] values, JsonGenerator g) throws IOException {
    g.writeStartArray();
    for (float value : values) {
      g.writeNumber(value);
    }
    g.writeEndArray();
  }

  public static void writeArray(boolean[] values, JsonGenerator g) throws IOException {
    g.writeStartArray();
    for (boolean value : values) {
      g.writeBoolean(value);
    }
    g.writeEndArray();
  }

  // Element writers for boxed scalars (generated code uses them through ElementWriters).

  public static void writeString(String value, JsonGenerator g) throws IOException {
    g.writeString(value);
  }

  public static void writeBoolean(Boolean value, JsonGenerator g) throws IOException {
    g.writeBoolean(value);
  }

  public static void writeNumber(Number value, JsonGenerator g) throws IOException {
    if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
      g.writeNumber(value.longValue());
    } else if (value instanceof BigDecimal decimal) {
      g.writeNumber(decimal);
    } else if (value instanceof Float f) {
      g.writeNumber(f);
    } else {
      g.writeNumber(value.doubleValue());
    }
  }

  public static <E extends Enum<E>> void writeEnum(E value, JsonGenerator g) throws IOException {
    g.writeString(value.name());
  }

  /** Writes a date-time or date as its ISO-8601 text ({@code Instant}, {@code LocalDate}). */
  public static void writeText(Object value, JsonGenerator g) throws IOException {
    if (value instanceof Instant instant) {
      writeInstant(instant, g);
    } else {
      g.writeString(value.toString());
    }
  }

  /** Writes an instant as {@link Instant#toString()} does, without going through {@code DateTimeFormatter}. */
  public static void writeInstant(Instant value, JsonGenerator g) throws IOException {
    if (!IsoInstant.fits(value)) {
      g.writeString(value.toString());
      return;
    }
    char[] text = new char[IsoInstant.MAX_LENGTH];
    g.writeString(text, 0, IsoInstant.format(value, text));
  }

  /** Writes a delete item: the key fields and {@code "_isDeleted": true}. */
  public static void writeDelete(PrimaryKey key, JsonGenerator g) throws IOException {
    g.writeStartObject();
    for (int i = 0; i < key.size(); i++) {
      g.writeFieldName(key.fields().get(i));
      writeScalar(key.value(i), g);
    }
    g.writeBooleanField(RecordCodec.DELETED_FLAG, true);
    g.writeEndObject();
  }

  /** Writes a key value or other scalar held as {@code Object}. */
  public static void writeScalar(Object value, JsonGenerator g) throws IOException {
    if (value == null) {
      g.writeNull();
    } else if (value instanceof String s) {
      g.writeString(s);
    } else if (value instanceof Number n) {
      writeNumber(n, g);
    } else if (value instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (value instanceof Enum<?> e) {
      g.writeString(e.name());
    } else {
      g.writeString(value.toString());
    }
  }
}
