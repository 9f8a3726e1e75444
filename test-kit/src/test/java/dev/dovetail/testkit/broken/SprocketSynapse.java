package dev.dovetail.testkit.broken;

import dev.dovetail.annotations.AuthType;
import dev.dovetail.annotations.Create;
import dev.dovetail.annotations.Read;
import dev.dovetail.annotations.Synapse;
import dev.dovetail.runtime.synapse.ReadPage;
import dev.dovetail.runtime.synapse.ReadRequest;
import dev.dovetail.runtime.synapse.WriteRequest;
import dev.dovetail.runtime.synapse.WriteResult;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Sprockets, cogs and springs in memory, each changed record stamped with the clock (read skew 5 s, as a real API
 * would need). Broken: the sprocket read loads the sprockets once, on its first call, and pages through that copy
 * from then on, so sprockets created after it are never read. Cogs and springs are read correctly and cannot be
 * created: the kit's tests add cogs with a {@code SynapseFixture.between} hook ({@link #addCogs}) and nothing to
 * springs.
 */
@Synapse(name = "sprocket_api", displayName = "Sprocket API", category = "other", authTypes = AuthType.API_KEY,
    readSkewSeconds = 5, pageSize = 100)
public class SprocketSynapse {
  static final Instant FIRST = Instant.parse("2025-03-01T00:00:00Z");

  private static final List<Sprocket> SPROCKETS = new ArrayList<>();
  private static final List<Cog> COGS = new ArrayList<>();
  private static final List<Spring> SPRINGS = new ArrayList<>();
  private static List<Sprocket> loaded;
  private static long nextId = 1;
  private static Instant lastChange = Instant.EPOCH;

  static {
    for (int i = 0; i < 3; i++) {
      SPROCKETS.add(new Sprocket(nextId++, "sprocket " + i, FIRST.plusSeconds(60L * i)));
      COGS.add(new Cog(nextId++, "cog " + i, FIRST.plusSeconds(60L * i)));
      SPRINGS.add(new Spring(nextId++, "spring " + i, FIRST.plusSeconds(60L * i)));
    }
  }

  @Read(Sprocket.class)
  public ReadPage<Sprocket> readSprockets(ReadRequest request) {
    synchronized (SprocketSynapse.class) {
      if (loaded == null) {
        loaded = List.copyOf(SPROCKETS); // the bug: a copy kept across READs
      }
      return ReadPage.last(within(loaded, request, Sprocket::updatedAt));
    }
  }

  @Create(Sprocket.class)
  public List<WriteResult> createSprockets(WriteRequest<Sprocket> request) {
    List<WriteResult> results = new ArrayList<>();
    synchronized (SprocketSynapse.class) {
      for (Sprocket sprocket : request.records()) {
        Sprocket created = new Sprocket(nextId++, sprocket.label(), change());
        SPROCKETS.add(created);
        results.add(WriteResult.ok(String.valueOf(created.id())));
      }
    }
    return results;
  }

  @Read(Cog.class)
  public ReadPage<Cog> readCogs(ReadRequest request) {
    synchronized (SprocketSynapse.class) {
      return ReadPage.last(within(COGS, request, Cog::updatedAt));
    }
  }

  @Read(Spring.class)
  public ReadPage<Spring> readSprings(ReadRequest request) {
    synchronized (SprocketSynapse.class) {
      return ReadPage.last(within(SPRINGS, request, Spring::updatedAt));
    }
  }

  /** Adds two cogs, as a test's fixture hook would; answers their ids. */
  public static List<String> addCogs() {
    List<String> ids = new ArrayList<>();
    synchronized (SprocketSynapse.class) {
      for (int i = 0; i < 2; i++) {
        Cog cog = new Cog(nextId++, "new cog " + i, change());
        COGS.add(cog);
        ids.add(String.valueOf(cog.id()));
      }
    }
    return ids;
  }

  /** Now, or a millisecond after the last change: every change has its own instant. */
  private static Instant change() {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    lastChange = now.isAfter(lastChange) ? now : lastChange.plusMillis(1);
    return lastChange;
  }

  private static <T> List<T> within(List<T> records, ReadRequest request, Function<T, Instant> changed) {
    List<T> page = new ArrayList<>();
    for (T record : records) {
      Instant at = changed.apply(record);
      if (!at.isBefore(request.start()) && (request.end() == null || !at.isAfter(request.end()))) {
        page.add(record);
      }
    }
    return page;
  }
}
