package dev.dovetail.runtime.synapse.envelope;

import static com.google.common.truth.Truth.assertThat;

import com.fasterxml.jackson.core.Base64Variants;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The one-pass list encoding writes exactly what the two passes wrote: each element serialized by Jackson's generator
 * in the SDK layout, then written as a string with {@code writeString}.
 */
class EncodedListTest {
  /** Every UTF-16 code unit. */
  private static final String ALL_CHARS;

  static {
    StringBuilder all = new StringBuilder();
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      all.append((char) c);
    }
    ALL_CHARS = all.toString();
  }

  /** What writes one element. */
  private interface Element {
    void write(JsonGenerator g) throws IOException;
  }

  @Test
  void everyCharacterOfNamesAndStrings() {
    assertSameAsTwoPasses(List.of(
        g -> g.writeString(ALL_CHARS),
        g -> {
          g.writeStartObject();
          g.writeStringField(ALL_CHARS.substring(0, 200), ALL_CHARS.substring(0, 200));
          g.writeFieldName(new SerializedString("quote \" backslash \\ tab \t u0001 \u0001 é"));
          g.writeString("after a name with escapes");
          g.writeFieldName(new SerializedString("plain"));
          g.writeString("x".repeat(9000) + "\"\\\n" + "y".repeat(9000));
          g.writeEndObject();
        },
        g -> g.writeString(ALL_CHARS.toCharArray(), 10, 5000),
        g -> g.writeString(new SerializedString("serialized \" \\ \u0002"))));
  }

  @Test
  void everyKindOfValue() {
    assertSameAsTwoPasses(List.of(
        g -> {
          g.writeStartObject();
          g.writeNumberField("int", Integer.MIN_VALUE);
          g.writeNumberField("long", Long.MIN_VALUE);
          g.writeNumberField("short", (short) -7);
          g.writeNumberField("double", 12345.678);
          g.writeNumberField("tiny", 1e-300);
          g.writeNumberField("negativeZero", -0.0);
          g.writeNumberField("float", 0.1f);
          g.writeNumberField("bigDecimal", new BigDecimal("1E+3"));
          g.writeNumberField("bigDecimalPlain", new BigDecimal("-12.3400"));
          g.writeFieldName("bigInteger");
          g.writeNumber(new BigInteger("123456789012345678901234567890"));
          g.writeFieldName("encoded");
          g.writeNumber("6.02e23");
          g.writeFieldName("nan");
          g.writeNumber(Double.NaN);
          g.writeFieldName("infinity");
          g.writeNumber(Float.NEGATIVE_INFINITY);
          g.writeBooleanField("true", true);
          g.writeBooleanField("false", false);
          g.writeNullField("null");
          g.writeStringField("nullString", null);
          g.writeFieldName("nullBigDecimal");
          g.writeNumber((BigDecimal) null);
          g.writeObjectFieldStart("empty");
          g.writeEndObject();
          g.writeArrayFieldStart("array");
          g.writeStartArray();
          g.writeEndArray();
          g.writeNumber(1);
          g.writeString("two");
          g.writeStartObject();
          g.writeFieldName("deep");
          g.writeStartArray();
          g.writeNull();
          g.writeEndArray();
          g.writeEndObject();
          g.writeEndArray();
          g.writeFieldName("raw");
          g.writeRawValue("{\"a\": [1, \"\\\"\"]}\n");
          g.writeFieldName("binary");
          g.writeBinary(bytes(100));
          g.writeFieldName("mime");
          g.writeBinary(Base64Variants.MIME, bytes(300), 1, 250);
          g.writeEndObject();
        },
        g -> g.writeNumber(42),
        g -> g.writeNull(),
        g -> {
          g.writeStartArray();
          g.writeEndArray();
        },
        g -> {
          g.enable(JsonGenerator.Feature.WRITE_NUMBERS_AS_STRINGS);
          g.writeStartArray();
          g.writeNumber(1);
          g.writeNumber(2L);
          g.writeNumber(3.5);
          g.writeNumber(new BigDecimal("4.25"));
          g.writeNumber("5");
          g.writeEndArray();
        }));
  }

  @Test
  void anEmptyListIsAnEmptyArray() {
    assertSameAsTwoPasses(List.of());
  }

  /** In the middle of a reply, the list with these elements reads exactly as with the two passes. */
  private static void assertSameAsTwoPasses(List<Element> elements) {
    List<String> serialized = new ArrayList<>();
    for (Element element : elements) {
      serialized.add(Json.write(element::write));
    }
    String expected = Json.write(g -> {
      g.writeStartObject();
      g.writeFieldName("data");
      WireRecords.writeList(serialized, g);
      g.writeStringField("after", "x");
      g.writeEndObject();
    });
    String actual = Json.write(g -> {
      g.writeStartObject();
      g.writeFieldName("data");
      EncodedList list = EncodedList.start(g);
      for (Element element : elements) {
        element.write(list.element());
        list.endElement();
      }
      list.end();
      g.writeStringField("after", "x");
      g.writeEndObject();
    });
    assertThat(actual).isEqualTo(expected);
  }

  private static byte[] bytes(int length) {
    byte[] bytes = new byte[length];
    for (int i = 0; i < length; i++) {
      bytes[i] = (byte) (i * 31);
    }
    return bytes;
  }
}
