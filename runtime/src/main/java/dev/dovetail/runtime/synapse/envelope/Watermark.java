package dev.dovetail.runtime.synapse.envelope;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * The contract's read watermark (§6.2): the window {@code [start, end]} in epoch milliseconds, the paging position
 * ({@code offset} in records, Dovetail's {@code cursor}), the most records the platform wants this cycle
 * ({@code limit}, 0 or {@code null} = no limit) and the cycle's flags.
 */
public record Watermark(
    long start, long end, Integer offset, Integer limit, String cursor, boolean resync, boolean test, boolean initial) {

  /** A first read of the window {@code [start, end]}: no offset, cursor or flags. */
  public static Watermark window(long start, long end, int limit) {
    return new Watermark(start, end, null, limit, null, false, false, false);
  }

  /** {@code offset}, 0 when absent or negative. */
  public int offsetOrZero() {
    return offset == null ? 0 : Math.max(0, offset);
  }

  /** {@code limit}, 0 (no limit) when absent or not positive. */
  public int limitOrZero() {
    return limit == null ? 0 : Math.max(0, limit);
  }

  /** The same window and flags at another paging position. */
  public Watermark at(int newOffset, String newCursor) {
    return new Watermark(start, end, newOffset, limit, newCursor, resync, test, initial);
  }

  /** Reads the watermark object at the parser's {@code START_OBJECT}; {@code start} and {@code end} are required. */
  static Watermark read(JsonParser p) throws IOException, RequestFailure {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw bad("body.watermark must be a JSON object");
    }
    Long start = null;
    Long end = null;
    Integer offset = null;
    Integer limit = null;
    String cursor = null;
    boolean resync = false;
    boolean test = false;
    boolean initial = false;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "start" -> start = number(p, field);
        case "end" -> end = number(p, field);
        case "offset" -> offset = integer(p, field);
        case "limit" -> limit = integer(p, field);
        case "cursor" -> cursor = p.currentToken() == JsonToken.VALUE_NULL ? null : scalar(p, field);
        case "isResync" -> resync = flag(p, field);
        case "isTest" -> test = flag(p, field);
        case "initial" -> initial = flag(p, field);
        default -> p.skipChildren();
      }
    }
    if (start == null || end == null) {
      throw bad("body.watermark." + (start == null ? "start" : "end") + " is required (epoch milliseconds)");
    }
    return new Watermark(start, end, offset, limit, cursor, resync, test, initial);
  }

  /** Writes every field, nulls included. */
  void write(JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeNumberField("start", start);
    g.writeNumberField("end", end);
    writeNullable(g, "offset", offset);
    writeNullable(g, "limit", limit);
    g.writeStringField("cursor", cursor);
    g.writeBooleanField("isResync", resync);
    g.writeBooleanField("isTest", test);
    g.writeBooleanField("initial", initial);
    g.writeEndObject();
  }

  private static void writeNullable(JsonGenerator g, String field, Integer value) throws IOException {
    g.writeFieldName(field);
    if (value == null) {
      g.writeNull();
    } else {
      g.writeNumber(value);
    }
  }

  private static Long number(JsonParser p, String field) throws IOException, RequestFailure {
    switch (p.currentToken()) {
      case VALUE_NULL:
        return null;
      case VALUE_NUMBER_INT:
        if (p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
          return p.getLongValue();
        }
        break;
      case VALUE_NUMBER_FLOAT:
        // Python clients may send 1.7e12; whole milliseconds are kept.
        double value = p.getDoubleValue();
        if (Math.abs(value) < 9.2e18) {
          return (long) value;
        }
        break;
      case VALUE_STRING:
        try {
          return Long.parseLong(p.getText().trim());
        } catch (NumberFormatException e) {
          break;
        }
      default:
        break;
    }
    throw bad("body.watermark." + field + " must be a number");
  }

  private static Integer integer(JsonParser p, String field) throws IOException, RequestFailure {
    Long value = number(p, field);
    if (value == null) {
      return null;
    }
    if (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) {
      throw bad("body.watermark." + field + " is out of range");
    }
    return value.intValue();
  }

  private static boolean flag(JsonParser p, String field) throws IOException, RequestFailure {
    return switch (p.currentToken()) {
      case VALUE_TRUE -> true;
      case VALUE_FALSE, VALUE_NULL -> false;
      case VALUE_STRING -> Boolean.parseBoolean(p.getText().trim());
      default -> throw bad("body.watermark." + field + " must be a boolean");
    };
  }

  private static String scalar(JsonParser p, String field) throws IOException, RequestFailure {
    if (!p.currentToken().isScalarValue()) {
      throw bad("body.watermark." + field + " must be a string");
    }
    return p.getText();
  }

  private static RequestFailure bad(String detail) {
    return new RequestFailure(ErrorBody.invalidRequest(detail));
  }
}
