package dev.dovetail.runtime.sync;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.dovetail.runtime.runner.LineReader;
import dev.dovetail.runtime.runner.RunOptions;
import dev.dovetail.runtime.sync.mapping.RecordMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Records from JSON Lines, one object per line. The checkpoint is the number of the last line settled; a resumed
 * run skips the lines up to it (standard input cannot be resumed: it has no checkpoint).
 */
final class FileSource implements RecordSource {
  private static final JsonFactory JSON = new JsonFactory();

  private final Reader reader;
  private final LineReader lines;
  private final int pageSize;
  private final boolean resumable;
  private long resumeAfter;
  private long settledLine;
  private boolean ended;

  /**
   * @param checkpoint a position this source stored, or {@code null} to start at the first line
   * @param resumable whether positions are worth storing (a file, not standard input)
   */
  FileSource(Reader reader, int pageSize, String checkpoint, boolean resumable) {
    this.reader = reader;
    this.lines = new LineReader(reader, RunOptions.MAX_LINE_LENGTH);
    this.pageSize = pageSize;
    this.resumable = resumable;
    this.resumeAfter = checkpoint == null ? 0 : lineOf(checkpoint);
    this.settledLine = resumeAfter;
  }

  @Override
  public List<SourceRecord> nextPage() throws SourceException {
    if (ended) {
      return null;
    }
    List<SourceRecord> page = new ArrayList<>(pageSize);
    try {
      while (page.size() < pageSize && lines.advance()) {
        long number = lines.number();
        if (number <= resumeAfter || (!lines.tooLong() && lines.blank())) {
          continue;
        }
        page.add(lines.tooLong()
            ? new SourceRecord(null, null, null, number, "longer than " + RunOptions.MAX_LINE_LENGTH + " characters")
            : new SourceRecord(lines.text(), null, null, number, null));
      }
    } catch (IOException e) {
      ended = true;
      throw new SourceException("cannot read the input after line " + settledLine + ": " + e.getMessage());
    }
    if (page.isEmpty()) {
      ended = true;
      return null;
    }
    return page;
  }

  @Override
  public void advance(SourceRecord record) {
    settledLine = record.line();
  }

  @Override
  public String position() {
    if (!resumable) {
      return null;
    }
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeNumberField("line", settledLine);
      g.writeEndObject();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toString();
  }

  @Override
  public RecordMapper.Shape shape() {
    return RecordMapper.Shape.FLAT;
  }

  @Override
  public int retries() {
    return 0;
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException ignored) {
      // Read to the end or abandoned: nothing to lose.
    }
  }

  /** The {@code line} of {@code {"line": N}}; a position of another kind starts from the top. */
  static long lineOf(String position) {
    try (JsonParser p = JSON.createParser(position)) {
      if (p.nextToken() == JsonToken.START_OBJECT) {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          if (name.equals("line") && p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
            return p.getLongValue();
          }
          p.skipChildren();
        }
      }
    } catch (IOException e) {
      // fall through
    }
    throw new IllegalArgumentException("not a file checkpoint: " + position);
  }
}
