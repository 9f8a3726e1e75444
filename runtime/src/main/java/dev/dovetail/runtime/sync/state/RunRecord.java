package dev.dovetail.runtime.sync.state;

import java.time.Instant;

/** One row of the run history. {@code ended} is {@code null} while running. */
public record RunRecord(
    long id, String syncName, String sourceKey, String destination, Instant started, Instant ended, RunStatus status,
    RunCounts counts, String message) {}
