package dev.dovetail.bench.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.util.BufferRecycler;
import java.io.IOException;

/**
 * Streaming output to a {@code String} the way {@code ObjectMapper.writeValueAsString} does it (a
 * {@link SegmentedStringWriter} over the factory's recycled buffers), so encode benchmarks compare the encoders, not
 * the string builders.
 */
public final class JsonText {
  private JsonText() {}

  /** Writes with {@code body} to a new string. */
  public static String write(JsonFactory factory, Body body) throws IOException {
    BufferRecycler recycler = factory._getBufferRecycler();
    try (SegmentedStringWriter out = new SegmentedStringWriter(recycler)) {
      try (JsonGenerator generator = factory.createGenerator(out)) {
        body.write(generator);
      }
      return out.getAndClear();
    } finally {
      recycler.releaseToPool();
    }
  }

  /** What to write. */
  @FunctionalInterface
  public interface Body {
    void write(JsonGenerator generator) throws IOException;
  }
}
