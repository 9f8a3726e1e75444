package dev.dovetail.runtime.runner;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.dovetail.runtime.BatchItem;
import dev.dovetail.runtime.codec.JsonReaders;
import dev.dovetail.runtime.codec.RecordCodec;
import dev.dovetail.runtime.codec.RecordDecodeException;
import java.io.IOException;

/** Turns one JSON Lines line into a batch item with the destination's codec, or says why it cannot. */
public final class LineDecoder<T> {

  /** A line that is not one valid item; the message has no line prefix. */
  public static final class RejectedLine extends Exception {
    private static final long serialVersionUID = 1L;

    RejectedLine(String message) {
      super(message, null, false, false);
    }
  }

  private final JsonFactory json;
  private final RecordCodec<T> codec;
  /** What a line must hold, for the error when it holds something else: {@code a product item}. */
  private final String expected;

  public LineDecoder(JsonFactory json, RecordCodec<T> codec) {
    this.json = json;
    this.codec = codec;
    this.expected = "a " + codec.schemaName() + " item";
  }

  /**
   * Decodes the line held by {@code length} chars of {@code chars} from {@code offset}, parsed in place (no copy);
   * the chars are only read, and only during the call.
   */
  public BatchItem<T> decode(char[] chars, int offset, int length) throws RejectedLine {
    try (JsonParser parser = json.createParser(chars, offset, length)) {
      parser.nextToken();
      JsonReaders.expectObject(parser, expected);
      BatchItem<T> item = codec.decodeItem(parser);
      if (parser.nextToken() != null) {
        throw new RejectedLine("unexpected content after the JSON object at column " + parser.currentTokenLocation().getColumnNr());
      }
      return item;
    } catch (RecordDecodeException e) {
      throw new RejectedLine(e.getMessage());
    } catch (JsonProcessingException e) {
      String at = e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
      throw new RejectedLine("malformed JSON" + at + ": " + firstLine(e.getOriginalMessage()));
    } catch (IOException | RuntimeException e) {
      // A codec bug must cost this record, not the run.
      throw new RejectedLine("could not decode: " + e);
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable input";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
