package dev.dovetail.runtime.sync;

import dev.dovetail.runtime.DataSync;
import dev.dovetail.runtime.DestinationHandler;
import dev.dovetail.runtime.DestinationInfo;
import dev.dovetail.runtime.RetryPolicy;
import dev.dovetail.runtime.codec.RecordCodec;
import dev.dovetail.runtime.sync.mapping.RecordMapper;
import java.util.Objects;

/**
 * Everything a run needs, resolved and checked ({@link SyncPlanner} builds it from a configuration).
 *
 * @param name the sync's name in the state store
 * @param sourceKey the source's key in the state store
 * @param sourceLabel the source for people, e.g. {@code demo_crm/deal}
 * @param opener opens the source at a stored position (or at its beginning)
 * @param mapper applies the field mapping; {@code null} passes records through unchanged
 * @param handler a ready destination handler
 * @param codec the destination's codec
 */
public record SyncJob<T>(
    String name,
    String sourceKey,
    String sourceLabel,
    SourceOpener opener,
    RecordMapper mapper,
    DestinationInfo destination,
    DestinationHandler<T> handler,
    RecordCodec<T> codec,
    int batchSize,
    RetryPolicy retry,
    DataSync sync,
    Secrets secrets) {

  public SyncJob {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(sourceKey, "sourceKey");
    Objects.requireNonNull(opener, "opener");
    Objects.requireNonNull(destination, "destination");
    Objects.requireNonNull(handler, "handler");
    Objects.requireNonNull(codec, "codec");
    Objects.requireNonNull(retry, "retry");
    Objects.requireNonNull(secrets, "secrets");
  }

  /** Opens the source where a stored checkpoint says, or at its beginning when there is none. */
  @FunctionalInterface
  public interface SourceOpener {
    RecordSource open(String checkpoint) throws RecordSource.SourceException;
  }
}
