package dev.dovetail.runtime.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * The {@link JsonWriters} element writers as {@link ElementWriter} constants, for author code that writes lists
 * ({@code JsonWriters.writeCollection(tags, generator, ElementWriters.STRING)}): one plain class instead of method
 * references, which a fresh JVM bootstraps through {@code invokedynamic} (see {@link ElementReaders}). Generated
 * codecs write their array loops inline instead, as a hand-written encoder would (one interface call less per element).
 */
public final class ElementWriters<E> implements ElementWriter<E> {
  // Kinds as int constants: a switch on an enum would load a synthetic switch-map class too.
  private static final int STRING_KIND = 0;
  private static final int BOOLEAN_KIND = 1;
  private static final int NUMBER_KIND = 2;
  private static final int TEXT_KIND = 3;
  private static final int ENUM_KIND = 4;

  public static final ElementWriter<String> STRING = new ElementWriters<>(STRING_KIND);
  public static final ElementWriter<Boolean> BOOLEAN = new ElementWriters<>(BOOLEAN_KIND);
  /** Integers, floats and {@code BigDecimal}, as {@link JsonWriters#writeNumber} writes them. */
  public static final ElementWriter<Number> NUMBER = new ElementWriters<>(NUMBER_KIND);
  /** A date-time or date as its ISO-8601 text ({@code Instant}, {@code LocalDate}). */
  public static final ElementWriter<Object> TEXT = new ElementWriters<>(TEXT_KIND);
  /** An enum constant as its name. */
  public static final ElementWriter<Enum<?>> ENUM = new ElementWriters<>(ENUM_KIND);

  private final int kind;

  private ElementWriters(int kind) {
    this.kind = kind;
  }

  @Override
  public void write(E value, JsonGenerator generator) throws IOException {
    switch (kind) {
      case STRING_KIND -> generator.writeString((String) value);
      case BOOLEAN_KIND -> generator.writeBoolean((Boolean) value);
      case NUMBER_KIND -> JsonWriters.writeNumber((Number) value, generator);
      case TEXT_KIND -> JsonWriters.writeText(value, generator);
      case ENUM_KIND -> generator.writeString(((Enum<?>) value).name());
      default -> throw new IllegalStateException("no such element kind");
    }
  }
}
