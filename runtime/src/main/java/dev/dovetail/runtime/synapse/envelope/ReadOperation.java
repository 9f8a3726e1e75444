package dev.dovetail.runtime.synapse.envelope;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.dovetail.runtime.synapse.Connection;
import dev.dovetail.runtime.synapse.EntityBinding;
import dev.dovetail.runtime.synapse.ReadPage;
import dev.dovetail.runtime.synapse.ReadPage.DeletedRecord;
import dev.dovetail.runtime.synapse.ReadRequest;
import dev.dovetail.runtime.synapse.RequestType;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code READ}: turns the author's upstream pages into the platform's paging protocol (§6).
 *
 * <ul>
 *   <li>The window is {@code [start, end]} with {@code end} clamped to {@code now − readSkewSeconds}; a window that
 *       ends before it starts is empty.
 *   <li>One reply calls the author's read as often as needed (following its cursor) until it holds at least
 *       {@code min(100, limit)} records (100 without a limit) or the window is exhausted: the platform ends paging on
 *       any smaller page, so a short page is only ever the last one.
 *   <li>Records fetched in one cycle never exceed {@code limit}; the count so far travels in {@code offset}.
 *   <li>Each upstream page is sorted ascending by watermark, then the reply as a whole (stable sorts); deleted ids
 *       become records with {@code deleted: true} and {@code lastModified} = when deleted.
 *   <li>The reply's watermark is the incoming one with {@code offset} = records returned in this window so far and
 *       {@code cursor} = where to continue (see {@link ReadCursor}); when the window is exhausted {@code offset} is 0
 *       and {@code cursor} null. {@code offsetType} is always {@code RECORD_COUNT}.
 *   <li>Nothing is dropped: without a limit every record of every fetched page is returned (a reply may exceed 100);
 *       when the limit cuts an upstream page, the cursor records the position inside it, so a further READ resumes
 *       exactly there. (The platform itself stops once the limit is reached; its next cycle starts from the last
 *       record's {@code lastModified}.)
 * </ul>
 */
final class ReadOperation<T> {
  /** The platform ends paging on a page smaller than {@code min(PLATFORM_PAGE, limit)}. */
  static final int PLATFORM_PAGE = 100;

  /** Upstream calls for one reply at most, against a read that keeps answering empty pages with a cursor. */
  static final int MAX_UPSTREAM_CALLS = 1000;

  static final String OFFSET_TYPE = "RECORD_COUNT";

  private static final Comparator<Item<?>> BY_WATERMARK = new ByWatermark();

  private final EntityBinding<T> binding;
  private final int pageSize;
  private final long skewSeconds;
  private final Clock clock;

  ReadOperation(EntityBinding<T> binding, int pageSize, int skewSeconds, Clock clock) {
    this.binding = binding;
    this.pageSize = pageSize > 0 ? pageSize : PLATFORM_PAGE;
    this.skewSeconds = Math.max(0, skewSeconds);
    this.clock = clock;
  }

  /** A record of the entity, or a deletion, with the watermark it is sorted by. */
  private record Item<T>(T record, DeletedRecord deleted, Instant watermark) {}

  /** The reply body for the window and paging position of {@code watermark}. */
  String run(Watermark watermark, Connection connection) throws Exception {
    int offset = watermark.offsetOrZero();
    int limit = watermark.limitOrZero();
    long budget = limit == 0 ? Integer.MAX_VALUE : (long) limit - offset;
    Instant start = Instant.ofEpochMilli(watermark.start());
    Instant ceiling = clock.instant().minusSeconds(skewSeconds);
    Instant requestedEnd = Instant.ofEpochMilli(watermark.end());
    Instant end = requestedEnd.isAfter(ceiling) ? ceiling : requestedEnd;
    if (budget <= 0 || end.isBefore(start)) {
      if (EnvelopeLog.DEBUG) {
        EnvelopeLog.of(ReadOperation.class).debug("READ {}: nothing to read (offset {} of limit {}, window {} to {})",
            binding.apiName(), offset, limit, start, end);
      }
      return reply(List.of(), watermark.at(0, null));
    }
    int target = (int) Math.min(budget, limit == 0 ? PLATFORM_PAGE : Math.min(PLATFORM_PAGE, limit));
    return fill(watermark, connection, start, end, (int) budget, target);
  }

  private String fill(Watermark watermark, Connection connection, Instant start, Instant end, int budget, int target)
      throws Exception {
    ReadCursor position = ReadCursor.of(watermark);
    String cursor = position.upstream();
    int skip = position.skip();
    List<Item<T>> out = new ArrayList<>();
    for (int call = 1; ; call++) {
      int room = budget - out.size();
      int want = (int) Math.max(1, Math.min(pageSize, (long) room + skip));
      ReadPage<T> page = binding.read(new ReadRequest(binding.apiName(), start, end, cursor, want,
          watermark.resync(), watermark.test(), watermark.initial(), connection));
      if (page == null) {
        throw new RequestFailure(ErrorBody.invalidResponse(RequestType.READ, "null"));
      }
      if (page.hasMore() && page.nextCursor().equals(cursor)) {
        throw new RequestFailure(ErrorBody.invalidResponse(RequestType.READ,
            "a page whose next cursor is the cursor it was read with (it would be read forever)"));
      }
      List<Item<T>> items = sorted(page);
      int dropped = Math.min(skip, items.size());
      skip -= dropped;
      List<Item<T>> fresh = items.subList(dropped, items.size());
      if (fresh.size() > room) {
        // The limit ends the reply inside this page: continue later from the same page, past what was returned.
        out.addAll(fresh.subList(0, room));
        return more(watermark, out, new ReadCursor(cursor, dropped + room));
      }
      out.addAll(fresh);
      if (!page.hasMore()) {
        return reply(out, watermark.at(0, null));
      }
      cursor = page.nextCursor();
      if (out.size() >= target) {
        return more(watermark, out, new ReadCursor(cursor, skip));
      }
      if (call >= MAX_UPSTREAM_CALLS) {
        EnvelopeLog.of(ReadOperation.class).warn("READ {}: {} upstream calls gave only {} records; answering a short"
            + " page (the platform resumes from its last record next cycle)", binding.apiName(), call, out.size());
        return more(watermark, out, new ReadCursor(cursor, skip));
      }
    }
  }

  private String more(Watermark watermark, List<Item<T>> out, ReadCursor next) {
    return reply(out, watermark.at(watermark.offsetOrZero() + out.size(), next.encode()));
  }

  private List<Item<T>> sorted(ReadPage<T> page) {
    List<Item<T>> items = new ArrayList<>(page.records().size() + page.deleted().size());
    for (T record : page.records()) {
      items.add(new Item<>(record, null, binding.watermarkOf(record)));
    }
    for (DeletedRecord deleted : page.deleted()) {
      items.add(new Item<>(null, deleted, deleted.deletedAt()));
    }
    items.sort(BY_WATERMARK);
    return items;
  }

  private String reply(List<Item<T>> items, Watermark next) {
    List<Item<T>> ordered = new ArrayList<>(items);
    ordered.sort(BY_WATERMARK);
    if (EnvelopeLog.DEBUG) {
      EnvelopeLog.of(ReadOperation.class).debug("READ {}: {} records, next offset {}{}", binding.apiName(),
          ordered.size(), next.offset(), next.cursor() == null ? " (window done)" : "");
    }
    return Json.write(new ReplyWriter(ordered, next));
  }

  /** The reply body, {@code {data, watermark, offsetType}}; {@code data} is written in one pass. */
  private final class ReplyWriter implements Json.Body {
    private final List<Item<T>> ordered;
    private final Watermark next;

    ReplyWriter(List<Item<T>> ordered, Watermark next) {
      this.ordered = ordered;
      this.next = next;
    }

    @Override
    public void write(JsonGenerator g) throws IOException {
      g.writeStartObject();
      g.writeFieldName("data");
      EncodedList data = EncodedList.start(g);
      for (Item<T> item : ordered) {
        JsonGenerator element = data.element();
        if (item.deleted() != null) {
          WireRecords.writeDeleted(element, binding.apiName(), item.deleted());
        } else {
          WireRecords.writeRecord(element, binding, item.record(), null);
        }
        data.endElement();
      }
      data.end();
      g.writeFieldName("watermark");
      next.write(g);
      g.writeStringField("offsetType", OFFSET_TYPE);
      g.writeEndObject();
    }
  }

  /**
   * Ascending by watermark, records without one first. A class rather than {@code Comparator.comparing(...)}: the
   * first READ of a process would otherwise pay the bootstrap of two lambdas.
   */
  private static final class ByWatermark implements Comparator<Item<?>> {
    @Override
    public int compare(Item<?> a, Item<?> b) {
      Instant x = a.watermark();
      Instant y = b.watermark();
      if (x == null || y == null) {
        return x == y ? 0 : x == null ? -1 : 1;
      }
      return x.compareTo(y);
    }
  }
}
