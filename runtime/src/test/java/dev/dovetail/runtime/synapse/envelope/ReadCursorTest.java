package dev.dovetail.runtime.synapse.envelope;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ReadCursorTest {

  @Test
  void theAuthorsCursorTravelsUnchangedWithoutASkip() throws Exception {
    assertThat(new ReadCursor("page-2", 0).encode()).isEqualTo("page-2");
    assertThat(ReadCursor.parse("page-2")).isEqualTo(new ReadCursor("page-2", 0));
    assertThat(ReadCursor.START.encode()).isNull();
    assertThat(ReadCursor.parse(null)).isEqualTo(ReadCursor.START);
  }

  @Test
  void aSkipIsWrittenInTheLongFormAndReadBack() throws Exception {
    for (ReadCursor cursor : new ReadCursor[] {new ReadCursor(null, 30), new ReadCursor("o:150", 100),
        new ReadCursor("", 5), new ReadCursor("a;b;c", 7)}) {
      assertThat(ReadCursor.parse(cursor.encode())).isEqualTo(cursor);
    }
    assertThat(new ReadCursor(null, 30).encode()).isEqualTo("dovetail:skip=30");
    assertThat(new ReadCursor("o:150", 100).encode()).isEqualTo("dovetail:skip=100;o:150");
  }

  @Test
  void anAuthorCursorThatLooksLikeOursIsWrappedSoItReadsBackUnchanged() throws Exception {
    ReadCursor tricky = new ReadCursor("dovetail:skip=9", 0);
    assertThat(tricky.encode()).isEqualTo("dovetail:skip=0;dovetail:skip=9");
    assertThat(ReadCursor.parse(tricky.encode())).isEqualTo(tricky);
  }

  @Test
  void aDamagedCursorIs400() {
    RequestFailure failure = assertThrows(RequestFailure.class, () -> ReadCursor.parse("dovetail:skip=x;o:1"));
    assertThat(failure.error().statusCode()).isEqualTo(400);
    assertThrows(RequestFailure.class, () -> ReadCursor.parse("dovetail:skip=-1"));
  }

  @Test
  void withoutACursorTheOffsetIsTheSkip() throws Exception {
    assertThat(ReadCursor.of(new Watermark(0, 1, 40, null, null, false, false, false)))
        .isEqualTo(new ReadCursor(null, 40));
    assertThat(ReadCursor.of(new Watermark(0, 1, 40, null, "c", false, false, false)))
        .isEqualTo(new ReadCursor("c", 0));
  }
}
