package dev.dovetail.processor.write;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Text from annotations and Javadoc must reach the connector reference literally, whatever Markdown it resembles. */
class MarkdownTextTest {
  @Test
  void pipesAndInlineMarkupAreEscaped() {
    assertThat(MarkdownText.text("a | b *c* _d_ `e` [f](g) <h> #i ~j~ \\k"))
        .isEqualTo("a \\| b \\*c\\* \\_d\\_ \\`e\\` \\[f\\](g) \\<h\\> \\#i \\~j\\~ \\\\k");
  }

  @Test
  void textThatWouldStartABlockStaysAParagraph() {
    assertThat(MarkdownText.text("- not a list")).isEqualTo("\\- not a list");
    assertThat(MarkdownText.text("+ not a list")).isEqualTo("\\+ not a list");
    assertThat(MarkdownText.text("= not a heading underline")).isEqualTo("\\= not a heading underline");
    assertThat(MarkdownText.text("2025. A year")).isEqualTo("2025\\. A year");
    assertThat(MarkdownText.text("1) first")).isEqualTo("1\\) first");
    assertThat(MarkdownText.text("> not a quote")).isEqualTo("\\> not a quote");
    assertThat(MarkdownText.text("a - b 1. c")).isEqualTo("a - b 1. c");
  }

  @Test
  void lineBreaksFoldIntoOneLineSoTableRowsHoldTogether() {
    assertThat(MarkdownText.text("  first\r\n   second\nthird  ")).isEqualTo("first second third");
    assertThat(MarkdownText.text(null)).isEmpty();
    assertThat(MarkdownText.text(" \n ")).isEmpty();
  }

  @Test
  void codeSpansSurviveBackticks() {
    assertThat(MarkdownText.code("asset_id")).isEqualTo("`asset_id`");
    assertThat(MarkdownText.code("a`b")).isEqualTo("`` a`b ``");
  }

  @Test
  void tablesHaveOneRowPerLineAndEmptyCellsStayEmpty() {
    StringBuilder out = new StringBuilder();
    MarkdownText.table(out, List.of("Field", "Primary"), List.of(List.of("`id`", "yes"), List.of("`name`", "")));
    assertThat(out.toString()).isEqualTo("| Field | Primary |\n|---|---|\n| `id` | yes |\n| `name` | |\n\n");
  }
}
