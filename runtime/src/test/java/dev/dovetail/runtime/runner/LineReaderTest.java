package dev.dovetail.runtime.runner;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineReaderTest {

  private static List<LineReader.Line> lines(String text, int maxLength) throws IOException {
    LineReader reader = new LineReader(new StringReader(text), maxLength);
    List<LineReader.Line> out = new ArrayList<>();
    for (LineReader.Line line = reader.next(); line != null; line = reader.next()) {
      out.add(line);
    }
    return out;
  }

  @Test
  void splitsOnNewlinesAndDropsCarriageReturns() throws IOException {
    assertThat(lines("a\r\nb\n\nc", 100)).containsExactly(
        new LineReader.Line(1, "a"), new LineReader.Line(2, "b"), new LineReader.Line(3, ""), new LineReader.Line(4, "c")).inOrder();
  }

  @Test
  void trailingNewlineEndsTheLastLine() throws IOException {
    assertThat(lines("a\n", 100)).containsExactly(new LineReader.Line(1, "a"));
    assertThat(lines("", 100)).isEmpty();
  }

  @Test
  void overlongLinesAreFlaggedAndSkipped() throws IOException {
    List<LineReader.Line> lines = lines("x".repeat(20_000) + "\nok\n", 10_000);
    assertThat(lines.get(0).tooLong()).isTrue();
    assertThat(lines.get(1)).isEqualTo(new LineReader.Line(2, "ok"));
  }

  @Test
  void longLinesAcrossBuffersAreKeptWhole() throws IOException {
    String longLine = "y".repeat(50_000);
    assertThat(lines(longLine + "\n" + longLine, 60_000))
        .containsExactly(new LineReader.Line(1, longLine), new LineReader.Line(2, longLine));
  }
}
