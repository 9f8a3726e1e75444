package dev.dovetail.runtime.codec;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The {@link JsonReaders} scalar readers as {@link ElementReader} constants, for generated codecs' list, set and
 * array fields ({@code JsonReaders.readList(parser, "tags", ElementReaders.STRING)}).
 *
 * <p>Constants of one plain class rather than method references: a method reference is bootstrapped through
 * {@code invokedynamic} on first use, several milliseconds in a fresh JVM (the lambda machinery, a spun class per
 * call site), which a connector answering one request per process pays on its first record.
 */
public final class ElementReaders<E> implements ElementReader<E> {
  // Kinds as int constants: a switch on an enum would load a synthetic switch-map class too.
  private static final int STRING_KIND = 0;
  private static final int BOOLEAN_KIND = 1;
  private static final int BYTE_KIND = 2;
  private static final int SHORT_KIND = 3;
  private static final int INT_KIND = 4;
  private static final int LONG_KIND = 5;
  private static final int FLOAT_KIND = 6;
  private static final int DOUBLE_KIND = 7;
  private static final int BIG_DECIMAL_KIND = 8;
  private static final int INSTANT_KIND = 9;
  private static final int LOCAL_DATE_KIND = 10;

  public static final ElementReader<String> STRING = new ElementReaders<>(STRING_KIND);
  public static final ElementReader<Boolean> BOOLEAN = new ElementReaders<>(BOOLEAN_KIND);
  public static final ElementReader<Byte> BYTE = new ElementReaders<>(BYTE_KIND);
  public static final ElementReader<Short> SHORT = new ElementReaders<>(SHORT_KIND);
  public static final ElementReader<Integer> INT = new ElementReaders<>(INT_KIND);
  public static final ElementReader<Long> LONG = new ElementReaders<>(LONG_KIND);
  public static final ElementReader<Float> FLOAT = new ElementReaders<>(FLOAT_KIND);
  public static final ElementReader<Double> DOUBLE = new ElementReaders<>(DOUBLE_KIND);
  public static final ElementReader<BigDecimal> BIG_DECIMAL = new ElementReaders<>(BIG_DECIMAL_KIND);
  public static final ElementReader<Instant> INSTANT = new ElementReaders<>(INSTANT_KIND);
  public static final ElementReader<LocalDate> LOCAL_DATE = new ElementReaders<>(LOCAL_DATE_KIND);

  private final int kind;

  private ElementReaders(int kind) {
    this.kind = kind;
  }

  @Override
  @SuppressWarnings("unchecked") // each constant's E is the type its kind reads
  public E read(JsonParser parser, String field) throws IOException {
    return (E) switch (kind) {
      case STRING_KIND -> JsonReaders.readString(parser, field);
      case BOOLEAN_KIND -> JsonReaders.readBooleanObject(parser, field);
      case BYTE_KIND -> JsonReaders.readByteObject(parser, field);
      case SHORT_KIND -> JsonReaders.readShortObject(parser, field);
      case INT_KIND -> JsonReaders.readIntObject(parser, field);
      case LONG_KIND -> JsonReaders.readLongObject(parser, field);
      case FLOAT_KIND -> JsonReaders.readFloatObject(parser, field);
      case DOUBLE_KIND -> JsonReaders.readDoubleObject(parser, field);
      case BIG_DECIMAL_KIND -> JsonReaders.readBigDecimal(parser, field);
      case INSTANT_KIND -> JsonReaders.readInstant(parser, field);
      case LOCAL_DATE_KIND -> JsonReaders.readLocalDate(parser, field);
      default -> throw new IllegalStateException("no such element kind");
    };
  }
}
