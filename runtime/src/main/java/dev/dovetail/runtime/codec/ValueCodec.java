package dev.dovetail.runtime.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * A generated, reflection-free JSON codec for one object type (a schema record or a custom type). Fields are
 * keyed by their schema names.
 */
public interface ValueCodec<T> extends ElementReader<T>, ElementWriter<T> {

  /** Decodes the object whose {@code START_OBJECT} is the parser's current token; leaves the parser on its {@code END_OBJECT}. */
  T decode(JsonParser parser) throws IOException;

  /** Encodes {@code value} as one JSON object; {@code null} fields are left out. */
  void encode(T value, JsonGenerator generator) throws IOException;

  /** As a nested value: {@code null} stays null, and errors are reported under {@code field}. */
  @Override
  default T read(JsonParser parser, String field) throws IOException {
    if (parser.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    try {
      return decode(parser);
    } catch (RecordDecodeException e) {
      throw e.under(field);
    }
  }

  @Override
  default void write(T value, JsonGenerator generator) throws IOException {
    encode(value, generator);
  }
}
