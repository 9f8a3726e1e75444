package dev.dovetail.runtime.testing;

import java.util.random.RandomGenerator;

/** A "random" source that always draws the same fraction of the range: 0 → no wait, {@link #MAX} → the full ceiling. */
public final class FixedRandom implements RandomGenerator {
  public static final FixedRandom MIN = new FixedRandom(0L);
  public static final FixedRandom MAX = new FixedRandom(-1L);

  private final long bits;

  private FixedRandom(long bits) {
    this.bits = bits;
  }

  @Override
  public long nextLong() {
    return bits;
  }
}
