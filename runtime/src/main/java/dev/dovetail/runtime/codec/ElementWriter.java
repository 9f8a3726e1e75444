package dev.dovetail.runtime.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** Writes one JSON value (never called with {@code null}). */
@FunctionalInterface
public interface ElementWriter<E> {
  void write(E value, JsonGenerator generator) throws IOException;
}
