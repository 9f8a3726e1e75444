package dev.dovetail.testkit;

import dev.dovetail.runtime.synapse.Connection;
import dev.dovetail.runtime.synapse.EntityBinding;
import dev.dovetail.runtime.synapse.RequestType;
import dev.dovetail.runtime.synapse.WriteRequest;
import dev.dovetail.runtime.synapse.WriteResult;
import dev.dovetail.runtime.synapse.envelope.ReadReply;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;

/**
 * Whether a read resumed from the watermark of a read to the end returns what changed in between, and only that.
 *
 * <p>After the first read (window {@code [EPOCH, T1]}), records are added to the fixture: by the author's
 * {@link SynapseFixture#between} hook, else through the entity's {@code @Create} ({@value #ADDED} sample records).
 * The second read's window is {@code [W, T2]}: {@code W} is where the platform resumes, the last record's
 * {@code lastModified} (§6.5); {@code T2} is {@link #MARGIN} after the records were added, read with the skew passed
 * (see {@link EntityReads}). It must return every added id, and besides them only
 *
 * <ul>
 *   <li>records the first read returned with {@code lastModified == W}: the window's start is inclusive, so records at
 *       the watermark instant come again (reads are at-least-once, §6.5);
 *   <li>records the first read did not return whose {@code lastModified == T1}: an upstream whose window end is
 *       exclusive leaves them to the next window.
 * </ul>
 *
 * <p>Without a hook or {@code @Create}, nothing is added: the second read ({@code [W, T1]}) must return only those
 * records, and the check is aborted (not passed) saying how to enable the full check.
 */
final class ResumeCheck<T> {
  /** Records the kit creates between the reads. */
  static final int ADDED = 2;

  /**
   * How far past the moment the records were added the second window ends: fixtures stamp a change with their own
   * clock, and may step it forward a millisecond per change in the same millisecond, or round to the second.
   */
  static final Duration MARGIN = Duration.ofSeconds(1);

  private final EntityBinding<T> binding;
  private final SynapseFixture fixture;
  private final Connection connection;
  private final Map<String, Object> schema;
  private final EntityReads reads;
  private final Findings findings;
  private final String entity;

  ResumeCheck(EntityBinding<T> binding, SynapseFixture fixture, Connection connection, Map<String, Object> schema,
      EntityReads reads, Findings findings) {
    this.binding = binding;
    this.fixture = fixture;
    this.connection = connection;
    this.schema = schema;
    this.reads = reads;
    this.findings = findings;
    this.entity = binding.apiName();
  }

  /** The records added between the reads, and by what. */
  private record Added(Set<String> ids, String how) {}

  void run(EntityReads.Cycle first) throws Exception {
    Instant watermark = first.watermark();
    if (watermark.isAfter(first.until())) {
      findings.add("READ of " + entity + " over [" + first.since() + ", " + first.until() + "]",
          "a READ returns only records changed within its window; one has lastModified " + watermark
              + ", after the window's end, so the platform would resume past records it never read",
          "filter the upstream query by the window's end (ReadRequest.end()) and report each record's own change time"
              + " in the watermark attribute");
      return;
    }
    Map<String, Long> firstRead = new HashMap<>();
    first.items().forEach(item -> firstRead.put(item.id(), item.lastModified()));
    int problems = findings.count();
    Added added = add();
    if (findings.count() > problems) {
      return;
    }
    Instant until = added == null ? first.until() : Instant.now().plus(MARGIN);
    EntityReads.Cycle second = reads.read(watermark, until, findings);
    if (second == null) {
      return;
    }
    Set<String> returned = new LinkedHashSet<>();
    List<ReadReply.Item> unexpected = new ArrayList<>();
    for (ReadReply.Item item : second.items()) {
      if (added != null && added.ids().contains(item.id())) {
        returned.add(item.id());
      } else if (!tolerated(item, firstRead.get(item.id()), watermark, first.until())) {
        unexpected.add(item);
      }
    }
    if (added != null && returned.size() < added.ids().size()) {
      List<String> missing = new ArrayList<>(added.ids());
      missing.removeAll(returned);
      findings.add("entity '" + entity + "': " + added.ids().size() + " records added between the reads, "
              + added.how() + ", ids " + added.ids(),
          "a read resumed from the watermark " + watermark + " (the last record's lastModified, where the platform"
              + " resumes, §6.5) to " + until + " returns every record changed since; " + missing.size() + " of "
              + added.ids().size() + " were not returned: ids " + missing,
          "query the upstream on every READ with the request's window (ReadRequest.start() to end()), caching nothing"
              + " between READs, and keep the watermark attribute at the time each record last changed");
    }
    for (ReadReply.Item item : unexpected) {
      findings.add(new Finding("record id " + item.id() + " " + Text.shorten(item.json(), 200), null,
          "a read resumed from the watermark " + watermark + " (the last record's lastModified, where the platform"
              + " resumes, §6.5) returns what changed since" + (added == null ? "" : " (" + added.how() + ")")
              + " and repeats only records at that very instant; this one " + why(item, firstRead, watermark, first),
          fix(item, firstRead, first)));
    }
    findings.assertNone();
    if (added == null) {
      Assumptions.abort("only checked that a read resumed from the watermark " + watermark + " returns nothing new:"
          + " no records were added between the reads, as entity '" + entity + "' has no @Create and the fixture no"
          + " hook. To check that records added between reads are returned, give the fixture one:"
          + " SynapseFixture.between(\"" + entity + "\", () -> <add records, return their ids>)");
    }
  }

  /** A repeat at the watermark instant, or a record at the first window's (exclusive) end it left to this one. */
  private static boolean tolerated(ReadReply.Item item, Long before, Instant watermark, Instant firstEnd) {
    Long modified = item.lastModified();
    return before != null ? before == watermark.toEpochMilli() && (modified == null || modified == before.longValue())
        : modified != null && modified == firstEnd.toEpochMilli();
  }

  private String why(ReadReply.Item item, Map<String, Long> firstRead, Instant watermark, EntityReads.Cycle first) {
    Long before = firstRead.get(item.id());
    Long modified = item.lastModified();
    if (modified != null && modified > first.until().toEpochMilli()) {
      return "changed in the fixture between the reads (lastModified " + Instant.ofEpochMilli(modified)
          + "), but not by the kit";
    }
    if (before != null) {
      return "was read before, with lastModified " + Instant.ofEpochMilli(before) + ", older than the watermark";
    }
    if (modified == null || modified < watermark.toEpochMilli()) {
      return "is older than the watermark (lastModified " + (modified == null ? "absent" : Instant.ofEpochMilli(modified))
          + ")";
    }
    return "changed within the first read's window (lastModified " + Instant.ofEpochMilli(modified)
        + "), yet the first read did not return it";
  }

  private String fix(ReadReply.Item item, Map<String, Long> firstRead, EntityReads.Cycle first) {
    Long modified = item.lastModified();
    if (modified != null && modified > first.until().toEpochMilli()) {
      return "keep the fixture still while the kit runs, or return the ids the SynapseFixture.between(\"" + entity
          + "\", ...) hook changes";
    }
    if (firstRead.containsKey(item.id()) || modified == null || modified < first.watermark().toEpochMilli()) {
      return "filter the upstream query by the window's start (ReadRequest.start())";
    }
    return "the first read missed it: check how the cursor of the next page is computed";
  }

  /** Adds records between the reads; {@code null} when there is no way to (or with a finding, when adding failed). */
  private Added add() throws Exception {
    SynapseFixture.Changes hook = fixture.between(entity);
    if (hook != null) {
      Collection<String> ids;
      try {
        ids = hook.make();
      } catch (Exception e) {
        findings.add("the SynapseFixture.between(\"" + entity + "\", ...) hook threw " + DestinationChecks.describe(e),
            "the hook adds records to the fixture between the reads", "fix the hook");
        return null;
      }
      if (ids == null || ids.isEmpty()) {
        findings.add("the SynapseFixture.between(\"" + entity + "\", ...) hook answered no ids",
            "the hook adds records and answers their end-system ids", "return the ids of the records it added");
        return null;
      }
      return new Added(new LinkedHashSet<>(ids), "by the SynapseFixture.between hook");
    }
    if (!binding.operations().contains(RequestType.CREATE)) {
      return null;
    }
    EntitySamples.Batch<T> batch = EntitySamples.writable(binding, schema, fixture.values(entity), ADDED);
    List<WriteResult> results = binding.create(new WriteRequest<>(entity, batch.records(), connection));
    Set<String> ids = new LinkedHashSet<>();
    for (int i = 0; results != null && i < results.size(); i++) {
      WriteResult result = results.get(i);
      if (result != null && result.success() && result.id() != null && !result.id().isBlank()) {
        ids.add(result.id());
      }
    }
    if (results == null || ids.size() != batch.records().size()) {
      findings.add("the kit's create of " + batch.records().size() + " sample records between the reads "
              + batch.json() + " answered " + (results == null ? "null" : results),
          "the kit adds records between the reads through @Create; each must succeed with its id",
          "see the '" + SynapseChecks.CRUD + "' check, or add the records yourself: SynapseFixture.between(\""
              + entity + "\", ...)");
      return null;
    }
    return new Added(ids, "created by the kit through @Create");
  }
}
