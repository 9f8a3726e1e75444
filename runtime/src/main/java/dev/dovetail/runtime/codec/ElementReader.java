package dev.dovetail.runtime.codec;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/** Reads one JSON value at the parser's current token; {@code field} names it in error messages. */
@FunctionalInterface
public interface ElementReader<E> {
  E read(JsonParser parser, String field) throws IOException;
}
