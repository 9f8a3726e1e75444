package dev.dovetail.runtime.runner;

import dev.dovetail.runtime.synapse.Connection;
import java.time.Instant;
import java.util.Objects;

/**
 * What {@code pull} reads: the entity's records modified in {@code [since, until]} (the synapse's read skew still
 * applies), at most {@code limit} of them (0 = all), as the platform's READ cycle would.
 */
public record PullRequest(String entity, Connection connection, Instant since, Instant until, int limit) {
  public PullRequest {
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(connection, "connection");
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(until, "until");
    if (until.isBefore(since)) {
      throw new IllegalArgumentException("the window ends (" + until + ") before it starts (" + since + ")");
    }
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative, got " + limit);
    }
  }
}
