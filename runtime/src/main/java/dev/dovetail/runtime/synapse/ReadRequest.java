package dev.dovetail.runtime.synapse;

import java.time.Instant;

/**
 * One read of an entity's records within a watermark window, as the author's {@code @Read} method sees it.
 *
 * <p>{@code start}/{@code end} bound the window (end already clamped by the synapse's read skew). {@code cursor} is
 * the author's own continuation from the previous {@link ReadPage} of this window ({@code null} on the first call);
 * {@code pageSize} is how many records Dovetail would like at most. Records must come back sorted ascending by the
 * entity's watermark field.
 */
public record ReadRequest(
    String entity,
    Instant start,
    Instant end,
    String cursor,
    int pageSize,
    boolean resync,
    boolean test,
    boolean initial,
    Connection connection) {}
