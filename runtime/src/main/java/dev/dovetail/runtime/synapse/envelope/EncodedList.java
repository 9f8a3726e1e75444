package dev.dovetail.runtime.synapse.envelope;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * Writes the contract's list encoding — a JSON array of strings, each one serialized object — into a reply in one
 * pass. The elements are written with a generator of their own that writes them already escaped as string content
 * ({@link ElementGenerator}) straight into the reply, between the element's quotes. The text is the same as
 * serializing each element to a {@code String} and writing those with {@code writeString}, without the
 * {@code String}s and without the second, escaping pass over them (half of a READ reply's time before).
 *
 * <pre>{@code
 * EncodedList list = EncodedList.start(reply);
 * for (...) {
 *   JsonGenerator element = list.element();
 *   ... write exactly one value to element ...
 *   list.endElement();
 * }
 * list.end();
 * }</pre>
 */
final class EncodedList {
  private final JsonGenerator reply;
  /** One generator for every element, each a root value of it. */
  private final ElementGenerator elements;

  private EncodedList(JsonGenerator reply) {
    this.reply = reply;
    this.elements = new ElementGenerator(reply);
  }

  /** Opens the array where {@code reply} expects a value. */
  static EncodedList start(JsonGenerator reply) throws IOException {
    reply.writeStartArray();
    return new EncodedList(reply);
  }

  /** Opens the next element's string; write one JSON value to the generator returned, then {@link #endElement()}. */
  JsonGenerator element() throws IOException {
    // A raw value, so that the reply's generator writes the separator before it as for any array element.
    reply.writeRawValue("\"");
    return elements;
  }

  /** Closes the element's string. */
  void endElement() throws IOException {
    elements.endElement();
  }

  /** Closes the array. */
  void end() throws IOException {
    elements.close();
    reply.writeEndArray();
  }
}
