package dev.dovetail.runtime.synapse.envelope;

import static com.google.common.truth.Truth.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one-pass list encoding writes exactly what serializing each element and writing it as a string writes. */
class EncodedListTest {

  /** Every UTF-16 code unit, escaped as Jackson's writeString escapes it. */
  @Test
  void stringContentIsEscapedAsWriteStringEscapesIt() {
    StringBuilder all = new StringBuilder();
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      all.append((char) c);
    }
    String text = all.toString();
    String actual = Json.write(g -> {
      g.writeRawValue("\"");
      StringContentWriter content = new StringContentWriter(g);
      content.write(text.toCharArray(), 0, text.length());
      content.write(text, 1, 300);
      g.writeRaw('"');
    });
    assertThat(actual).isEqualTo(Json.write(g -> g.writeString(text + text.substring(1, 301))));
  }

  @Test
  void elementsAreWrittenAsTheirSerializedText() throws IOException {
    List<String> values = List.of("plain", "quote \" and backslash \\ and / slash", "tab\tnewline\ncontrol\u0001",
        "unicode é ü 中 \uD83D\uDE00 \u2028", "", "x".repeat(5000) + "\"" + "y".repeat(3000));
    List<String> elements = new ArrayList<>();
    for (String value : values) {
      elements.add(Json.write(g -> element(g, value)));
    }
    elements.add(Json.write(g -> g.writeStartArray()));

    String expected = Json.write(g -> {
      g.writeStartObject();
      g.writeFieldName("data");
      WireRecords.writeList(elements, g);
      g.writeStringField("after", "x");
      g.writeEndObject();
    });
    String actual = Json.write(g -> {
      g.writeStartObject();
      g.writeFieldName("data");
      EncodedList list = EncodedList.start(g);
      for (String value : values) {
        element(list.element(), value);
        list.endElement();
      }
      JsonGenerator last = list.element();
      last.writeStartArray();
      last.writeEndArray();
      list.endElement();
      list.end();
      g.writeStringField("after", "x");
      g.writeEndObject();
    });
    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void anEmptyListIsAnEmptyArray() {
    assertThat(Json.write(g -> EncodedList.start(g).end())).isEqualTo(WireRecords.list(List.of()));
  }

  private static void element(JsonGenerator g, String value) throws IOException {
    g.writeStartObject();
    g.writeStringField("value", value);
    g.writeNumberField("n", 12);
    g.writeFieldName("list");
    g.writeStartArray();
    g.writeString(value);
    g.writeNull();
    g.writeEndArray();
    g.writeEndObject();
  }
}
