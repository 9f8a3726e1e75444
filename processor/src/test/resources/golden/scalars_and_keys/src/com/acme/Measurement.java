package com.acme;

import dev.dovetail.annotations.Schema;
import dev.dovetail.annotations.SchemaField;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * A sensor reading, keyed by station and time. Descriptions here exercise YAML quoting.
 *
 * @param stationId station code
 * @param takenAt epoch seconds
 * @param flag a raw flag byte
 * @param small a short counter
 * @param count a count
 * @param big a big count
 * @param ratio a ratio
 * @param value the measured value
 * @param exact an exact amount
 * @param valid whether it passed validation
 * @param boxedFlag boxed byte
 * @param boxedSmall boxed short
 * @param boxedCount boxed int
 * @param boxedBig boxed long
 * @param boxedRatio boxed float
 * @param boxedValue boxed double
 * @param boxedValid boxed boolean
 * @param samples raw samples
 * @param weights weights
 * @param bits bit flags
 * @param labels labels
 * @param levels levels seen
 * @param amounts amounts
 */
@Schema(description = "Reading: \"quoted\", #hash, 'single', ümlaut & 日本語\nsecond line")
public record Measurement(
    @SchemaField(primary = true) String stationId,
    @SchemaField(primary = true) long takenAt,
    byte flag,
    short small,
    int count,
    long big,
    float ratio,
    double value,
    BigDecimal exact,
    boolean valid,
    Byte boxedFlag,
    Short boxedSmall,
    Integer boxedCount,
    Long boxedBig,
    Float boxedRatio,
    Double boxedValue,
    Boolean boxedValid,
    double[] samples,
    float[] weights,
    boolean[] bits,
    String[] labels,
    Set<Level> levels,
    List<BigDecimal> amounts,
    @SchemaField(name = "yes", description = "yes") String yesField,
    @SchemaField(name = "no", description = "no") String noField,
    @SchemaField(name = "on", description = "null") String onField,
    @SchemaField(name = "null", description = "1e3") String nullField) {

  /** Quality levels. */
  public enum Level { LOW, MEDIUM, HIGH }
}
