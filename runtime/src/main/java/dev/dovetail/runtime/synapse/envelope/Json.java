package dev.dovetail.runtime.synapse.envelope;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.util.BufferRecycler;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The JSON factory of the envelope code, and text output in the SDK's layout: Python's {@code json.dumps} separators
 * ({@code ", "} and {@code ": "}), so replies read byte for byte like the SDK's, e.g.
 * {@code {"status_code": 405, "message": "...", "detail": null}}.
 */
final class Json {
  /** Thread-safe and costly to create: one for the process. */
  static final JsonFactory FACTORY = new JsonFactory();

  private static final PrettyPrinter SDK_LAYOUT = new SdkLayout();

  private Json() {}

  /** What writes one JSON value. */
  @FunctionalInterface
  interface Body {
    void write(JsonGenerator generator) throws IOException;
  }

  /** The text of the value {@code body} writes, collected in the thread's recycled buffer. */
  static String write(Body body) {
    BufferRecycler recycler = FACTORY._getBufferRecycler();
    RecycledCharWriter out = new RecycledCharWriter(recycler);
    try {
      try (JsonGenerator generator = FACTORY.createGenerator(out)) {
        generator.setPrettyPrinter(SDK_LAYOUT);
        body.write(generator);
      }
      return out.text();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write JSON to a string", e);
    } finally {
      out.release();
      recycler.releaseToPool();
    }
  }

  /** The text of a scalar value; {@code null} for null, objects and arrays (which are skipped). */
  static String scalarText(JsonParser p) throws IOException {
    com.fasterxml.jackson.core.JsonToken token = p.currentToken();
    if (token.isScalarValue() && token != com.fasterxml.jackson.core.JsonToken.VALUE_NULL) {
      return p.getText();
    }
    p.skipChildren();
    return null;
  }

  /**
   * Moves the parser to the last token of the value it is in, after a reader stopped somewhere inside that value
   * with a problem to report later, so that the pass can go on. {@code depth} is the nesting depth of the object or
   * array that holds the value.
   */
  static void skipRestOfValue(JsonParser p, int depth) throws IOException {
    while (p.getParsingContext().getNestingDepth() > depth) {
      p.nextToken();
    }
  }

  /**
   * The current value of {@code parser} (a scalar, object or array) as JSON text in the SDK layout; leaves the parser
   * on its last token.
   */
  static String copyValue(JsonParser parser) throws IOException {
    BufferRecycler recycler = FACTORY._getBufferRecycler();
    RecycledCharWriter out = new RecycledCharWriter(recycler);
    try {
      try (JsonGenerator generator = FACTORY.createGenerator(out)) {
        generator.setPrettyPrinter(SDK_LAYOUT);
        generator.copyCurrentStructure(parser);
      }
      return out.text();
    } finally {
      out.release();
      recycler.releaseToPool();
    }
  }

  /** {@code " at line 3, column 17"} for a parse error, or nothing when Jackson gave no location. */
  static String at(com.fasterxml.jackson.core.JsonProcessingException e) {
    com.fasterxml.jackson.core.JsonLocation location = e.getLocation();
    return location == null || location.getLineNr() < 1
        ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
  }

  /** Python's default {@code json.dumps} layout: one line, a space after each comma and colon. */
  private static final class SdkLayout implements PrettyPrinter {
    @Override
    public void writeRootValueSeparator(JsonGenerator g) throws IOException {
      g.writeRaw(' ');
    }

    @Override
    public void writeStartObject(JsonGenerator g) throws IOException {
      g.writeRaw('{');
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) throws IOException {
      g.writeRaw('}');
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
      g.writeRaw(", ");
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
      g.writeRaw(": ");
    }

    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
      g.writeRaw('[');
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) throws IOException {
      g.writeRaw(']');
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
      g.writeRaw(", ");
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) {}

    @Override
    public void beforeObjectEntries(JsonGenerator g) {}
  }
}
