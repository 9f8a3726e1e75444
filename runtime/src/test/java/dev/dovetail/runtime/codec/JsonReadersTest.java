package dev.dovetail.runtime.codec;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The leniency rules every codec shares: what is accepted and how refusals read. */
class JsonReadersTest {
  private static final JsonFactory JSON = new JsonFactory();

  private static JsonParser at(String json) throws IOException {
    JsonParser parser = JSON.createParser(json);
    parser.nextToken();
    return parser;
  }

  @Test
  void numericStringsFillLongs() throws IOException {
    assertThat(JsonReaders.readLongObject(at("\"42\""), "qty")).isEqualTo(42L);
    assertThat(JsonReaders.readLongObject(at("\" -7 \""), "qty")).isEqualTo(-7L);
    assertThat(JsonReaders.readLong(at("9223372036854775807"), "qty")).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void nonNumericStringIsRefused() {
    RecordDecodeException e = assertThrows(RecordDecodeException.class, () -> JsonReaders.readLongObject(at("\"abc\""), "qty"));
    assertThat(e).hasMessageThat().isEqualTo("field 'qty': expected an integer but found the string \"abc\"");
  }

  @Test
  void fractionsAreRefusedForIntegers() {
    RecordDecodeException e = assertThrows(RecordDecodeException.class, () -> JsonReaders.readInt(at("1.5"), "count"));
    assertThat(e.field()).isEqualTo("count");
    assertThat(e.problem()).isEqualTo("expected an integer but found the fraction 1.5");
  }

  @Test
  void outOfRangeNumbersAreRefused() {
    RecordDecodeException intRange =
        assertThrows(RecordDecodeException.class, () -> JsonReaders.readIntObject(at("3000000000"), "count"));
    assertThat(intRange).hasMessageThat().isEqualTo("field 'count': 3000000000 is out of range for int");
    RecordDecodeException longRange =
        assertThrows(RecordDecodeException.class, () -> JsonReaders.readLongObject(at("18446744073709551616"), "qty"));
    assertThat(longRange).hasMessageThat().isEqualTo("field 'qty': 18446744073709551616 is out of range for long");
    assertThrows(RecordDecodeException.class, () -> JsonReaders.readByte(at("128"), "b"));
    assertThrows(RecordDecodeException.class, () -> JsonReaders.readShort(at("-32769"), "s"));
  }

  @Test
  void nullLeavesPrimitivesAtTheirDefault() throws IOException {
    assertThat(JsonReaders.readInt(at("null"), "n")).isEqualTo(0);
    assertThat(JsonReaders.readLong(at("null"), "n")).isEqualTo(0L);
    assertThat(JsonReaders.readDouble(at("null"), "n")).isEqualTo(0d);
    assertThat(JsonReaders.readBoolean(at("null"), "n")).isFalse();
    assertThat(JsonReaders.readLongObject(at("null"), "n")).isNull();
    assertThat(JsonReaders.readString(at("null"), "n")).isNull();
  }

  @Test
  void integersFillFloatsAndNumericStringsToo() throws IOException {
    assertThat(JsonReaders.readDoubleObject(at("3"), "price")).isEqualTo(3.0);
    assertThat(JsonReaders.readDoubleObject(at("\"9.25\""), "price")).isEqualTo(9.25);
  }

  @Test
  void unicodeStringsSurviveIncludingEscapes() throws IOException {
    assertThat(JsonReaders.readString(at("\"Zoë — 東京 😀\""), "name")).isEqualTo("Zoë — 東京 😀");
    assertThat(JsonReaders.readString(at("\"\\u00e9\\ud83d\\ude00\""), "name")).isEqualTo("é😀");
  }

  @Test
  void scalarsAreReadAsStringsButContainersAreNot() throws IOException {
    assertThat(JsonReaders.readString(at("12"), "code")).isEqualTo("12");
    assertThat(JsonReaders.readString(at("true"), "code")).isEqualTo("true");
    RecordDecodeException e = assertThrows(RecordDecodeException.class, () -> JsonReaders.readString(at("{\"a\":1}"), "code"));
    assertThat(e).hasMessageThat().isEqualTo("field 'code': expected a string but found an object");
  }

  @Test
  void booleansAcceptTrueFalseStrings() throws IOException {
    assertThat(JsonReaders.readBooleanObject(at("\"TRUE\""), "b")).isTrue();
    assertThrows(RecordDecodeException.class, () -> JsonReaders.readBooleanObject(at("\"yes\""), "b"));
    assertThrows(RecordDecodeException.class, () -> JsonReaders.readBooleanObject(at("1"), "b"));
  }

  @Test
  void listElementsAreNamedByIndex() {
    RecordDecodeException e = assertThrows(RecordDecodeException.class,
        () -> JsonReaders.readList(at("[1, 2, \"x\"]"), "ids", JsonReaders::readLongObject));
    assertThat(e.field()).isEqualTo("ids[2]");
  }

  @Test
  void nullInsidePrimitiveArraysIsRefused() throws IOException {
    assertThat(Arrays.toString(JsonReaders.readLongArray(at("[1,\"2\"]"), "ids"))).isEqualTo("[1, 2]");
    RecordDecodeException e = assertThrows(RecordDecodeException.class, () -> JsonReaders.readIntArray(at("[1,null]"), "ids"));
    assertThat(e.field()).isEqualTo("ids[1]");
  }

  @Test
  void unknownFieldsFollowThePolicy() throws IOException {
    JsonParser ignore = at("{\"a\":[1,{\"b\":2}]}");
    ignore.nextToken();
    ignore.nextToken();
    JsonReaders.unknownField(ignore, "a", UnknownFields.IGNORE);
    assertThat(ignore.nextToken()).isEqualTo(com.fasterxml.jackson.core.JsonToken.END_OBJECT);
    RecordDecodeException e =
        assertThrows(RecordDecodeException.class, () -> JsonReaders.unknownField(at("1"), "extra", UnknownFields.REJECT));
    assertThat(e).hasMessageThat().isEqualTo("field 'extra': not a field of this schema");
  }

  @Test
  void elementReadersReadEachKind() throws IOException {
    assertThat(JsonReaders.readList(at("[\"a\", null]"), "tags", ElementReaders.STRING)).containsExactly("a", null).inOrder();
    assertThat(JsonReaders.readList(at("[1, \"2\"]"), "ids", ElementReaders.LONG)).containsExactly(1L, 2L).inOrder();
    assertThat(JsonReaders.readList(at("[1]"), "n", ElementReaders.INT)).containsExactly(1);
    assertThat(JsonReaders.readList(at("[1]"), "n", ElementReaders.SHORT)).containsExactly((short) 1);
    assertThat(JsonReaders.readList(at("[1]"), "n", ElementReaders.BYTE)).containsExactly((byte) 1);
    assertThat(JsonReaders.readList(at("[1.5]"), "n", ElementReaders.DOUBLE)).containsExactly(1.5d);
    assertThat(JsonReaders.readList(at("[1.5]"), "n", ElementReaders.FLOAT)).containsExactly(1.5f);
    assertThat(JsonReaders.readList(at("[true]"), "b", ElementReaders.BOOLEAN)).containsExactly(true);
    assertThat(JsonReaders.readList(at("[1.10]"), "d", ElementReaders.BIG_DECIMAL))
        .containsExactly(new java.math.BigDecimal("1.10"));
    assertThat(JsonReaders.readList(at("[\"2026-01-02T03:04:05Z\", 1500]"), "t", ElementReaders.INSTANT))
        .containsExactly(java.time.Instant.parse("2026-01-02T03:04:05Z"), java.time.Instant.ofEpochMilli(1500)).inOrder();
    assertThat(JsonReaders.readList(at("[\"2026-01-02\"]"), "d", ElementReaders.LOCAL_DATE))
        .containsExactly(java.time.LocalDate.of(2026, 1, 2));
    assertThat(JsonReaders.readArray(at("[\"x\"]"), "a", ElementReaders.STRING, new String[0])).asList().containsExactly("x");
    RecordDecodeException e = assertThrows(RecordDecodeException.class,
        () -> JsonReaders.readList(at("[1, 3000000000]"), "n", ElementReaders.INT));
    assertThat(e).hasMessageThat().isEqualTo("field 'n[1]': 3000000000 is out of range for int");
  }
}
