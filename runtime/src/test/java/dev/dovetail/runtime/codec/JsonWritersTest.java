package dev.dovetail.runtime.codec;

import static com.google.common.truth.Truth.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Element writers and the instant writer, which must write exactly what {@code Instant.toString()} writes. */
class JsonWritersTest {
  private static final JsonFactory JSON = new JsonFactory();

  private interface Write {
    void to(JsonGenerator g) throws IOException;
  }

  private static String written(Write write) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      write.to(g);
    }
    return out.toString();
  }

  private static void assertWrittenAsToString(Instant value) throws IOException {
    assertThat(written(g -> JsonWriters.writeInstant(value, g))).isEqualTo("\"" + value + "\"");
  }

  @Test
  void instantsAreWrittenAsToStringWritesThem() throws IOException {
    List<Instant> values = new ArrayList<>(List.of(
        Instant.EPOCH, Instant.ofEpochMilli(1_735_717_194_585L), Instant.ofEpochSecond(1_735_689_600L),
        Instant.ofEpochSecond(0, 1), Instant.ofEpochSecond(0, 999_999_999), Instant.ofEpochSecond(0, 120_000),
        Instant.ofEpochSecond(-1), Instant.ofEpochSecond(-1, 500_000_000), Instant.ofEpochSecond(951_782_400L),
        Instant.parse("0000-01-01T00:00:00Z"), Instant.parse("9999-12-31T23:59:59.999999999Z"),
        Instant.parse("1969-12-31T23:59:59Z"), Instant.parse("2024-02-29T12:00:00Z")));
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 20_000; i++) {
      long seconds = random.nextLong(-62_167_219_200L, 253_402_300_800L);
      int nanos = switch (i % 4) {
        case 0 -> 0;
        case 1 -> random.nextInt(1000) * 1_000_000;
        case 2 -> random.nextInt(1_000_000) * 1000;
        default -> random.nextInt(1_000_000_000);
      };
      values.add(Instant.ofEpochSecond(seconds, nanos));
    }
    for (Instant value : values) {
      assertWrittenAsToString(value);
    }
  }

  @Test
  void instantsOutsideFourDigitYearsFallBackToToString() throws IOException {
    assertWrittenAsToString(Instant.parse("+10000-01-01T00:00:00Z"));
    assertWrittenAsToString(Instant.parse("-0001-12-31T23:59:59.5Z"));
    assertWrittenAsToString(Instant.MAX);
    assertWrittenAsToString(Instant.MIN);
  }

  @Test
  void elementWritersWriteEachKind() throws IOException {
    assertThat(written(g -> JsonWriters.writeCollection(List.of("a", "b\""), g, ElementWriters.STRING)))
        .isEqualTo("[\"a\",\"b\\\"\"]");
    assertThat(written(g -> JsonWriters.writeCollection(List.of(1L, 2), g, ElementWriters.NUMBER))).isEqualTo("[1,2]");
    assertThat(written(g -> JsonWriters.writeCollection(List.of(true), g, ElementWriters.BOOLEAN))).isEqualTo("[true]");
    assertThat(written(g -> JsonWriters.writeCollection(
        List.of(Instant.ofEpochMilli(1_500), java.time.LocalDate.of(2026, 1, 2)), g, ElementWriters.TEXT)))
        .isEqualTo("[\"1970-01-01T00:00:01.500Z\",\"2026-01-02\"]");
    assertThat(written(g -> JsonWriters.writeCollection(
        List.of(java.util.concurrent.TimeUnit.SECONDS), g, ElementWriters.ENUM))).isEqualTo("[\"SECONDS\"]");
  }
}
