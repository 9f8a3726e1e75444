package dev.dovetail.runtime.testing.synapse;

import dev.dovetail.runtime.synapse.QuotaExceededException;
import dev.dovetail.runtime.synapse.ReadPage;
import dev.dovetail.runtime.synapse.ReadRequest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The test synapse's "end system": deals and deletions in memory, read in pages of {@code [start, end]} sorted by
 * (updatedAt, id) with an offset cursor {@code o:<n>}, and knobs for the faults a real API shows. A page that comes
 * back full says there may be more (as many real APIs do), so an exact multiple ends with an empty page.
 */
public final class DealStore {
  /** Shared with the dispatcher the service loader creates; tests call {@link #reset()} first. */
  public static final DealStore INSTANCE = new DealStore();

  private final Map<String, Deal> deals = new HashMap<>();
  private final Map<String, Instant> deletions = new HashMap<>();
  private final List<ReadRequest> reads = new ArrayList<>();
  private final List<Integer> writeCallSizes = new ArrayList<>();
  private final List<Integer> getByIdCallSizes = new ArrayList<>();
  private int nextId = 1;

  // Knobs.
  private int upstreamPageSize;
  private long shuffleSeed;
  private int quotaOnReadCall;
  private Duration quotaWait = Duration.ofSeconds(30);
  private Throwable readFailure;
  private Throwable writeFailure;
  private int writeFailureOnCall;
  private Throwable getByIdFailure;
  private Throwable deleteFailure;
  private boolean wrongResultCount;
  private boolean readReturnsNull;
  private boolean stuckCursor;

  public synchronized void reset() {
    deals.clear();
    deletions.clear();
    reads.clear();
    writeCallSizes.clear();
    getByIdCallSizes.clear();
    nextId = 1;
    upstreamPageSize = 0;
    shuffleSeed = 0;
    quotaOnReadCall = 0;
    quotaWait = Duration.ofSeconds(30);
    readFailure = null;
    writeFailure = null;
    writeFailureOnCall = 0;
    getByIdFailure = null;
    deleteFailure = null;
    wrongResultCount = false;
    readReturnsNull = false;
    stuckCursor = false;
  }

  /** {@code count} deals {@code d001}... modified one second apart from {@code first}. */
  public synchronized List<Deal> seed(int count, Instant first) {
    List<Deal> made = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      Deal deal = new Deal(String.format("d%03d", i), "Deal " + i, BigDecimal.valueOf(i * 100L, 2),
          first.plusSeconds(i - 1));
      deals.put(deal.id(), deal);
      made.add(deal);
    }
    nextId = count + 1;
    return made;
  }

  public synchronized void put(Deal deal) {
    deals.put(deal.id(), deal);
    deletions.remove(deal.id());
  }

  public synchronized void markDeleted(String id, Instant at) {
    deals.remove(id);
    deletions.put(id, at);
  }

  public synchronized Deal get(String id) {
    return deals.get(id);
  }

  public synchronized int size() {
    return deals.size();
  }

  // ---- the upstream API the author's methods call

  public synchronized ReadPage<Deal> read(ReadRequest request) throws Exception {
    reads.add(request);
    if (quotaOnReadCall == reads.size()) {
      throw new QuotaExceededException(quotaWait);
    }
    if (readFailure != null) {
      throw thrown(readFailure);
    }
    if (readReturnsNull) {
      return null;
    }
    List<Object> window = new ArrayList<>();
    for (Deal deal : deals.values()) {
      if (within(deal.updatedAt(), request)) {
        window.add(deal);
      }
    }
    for (Map.Entry<String, Instant> deletion : deletions.entrySet()) {
      if (within(deletion.getValue(), request)) {
        window.add(new ReadPage.DeletedRecord(deletion.getKey(), deletion.getValue()));
      }
    }
    window.sort(Comparator.comparing(DealStore::timeOf).thenComparing(DealStore::idOf));
    int offset = request.cursor() == null ? 0 : Integer.parseInt(request.cursor().substring(2));
    int size = upstreamPageSize > 0 ? upstreamPageSize : request.pageSize();
    List<Object> page = window.subList(Math.min(offset, window.size()), Math.min(window.size(), offset + size));
    List<Deal> records = new ArrayList<>();
    List<ReadPage.DeletedRecord> deleted = new ArrayList<>();
    for (Object item : page) {
      if (item instanceof Deal deal) {
        records.add(deal);
      } else {
        deleted.add((ReadPage.DeletedRecord) item);
      }
    }
    if (shuffleSeed != 0) {
      Collections.shuffle(records, new Random(shuffleSeed));
    }
    ReadPage<Deal> result = stuckCursor ? ReadPage.more(records, "o:0")
        : page.size() == size ? ReadPage.more(records, "o:" + (offset + size)) : ReadPage.last(records);
    return deleted.isEmpty() ? result : result.withDeleted(deleted);
  }

  public synchronized List<Deal> byIds(List<String> ids) throws Exception {
    getByIdCallSizes.add(ids.size());
    if (getByIdFailure != null) {
      throw thrown(getByIdFailure);
    }
    List<Deal> found = new ArrayList<>();
    for (String id : ids) {
      if (deals.containsKey(id)) {
        found.add(deals.get(id));
      }
    }
    return found;
  }

  /** Before a create or update call: counts it and throws the configured failure on its turn. */
  public synchronized boolean beginWrite(int records) throws Exception {
    writeCallSizes.add(records);
    if (writeFailure != null && (writeFailureOnCall == 0 || writeFailureOnCall == writeCallSizes.size())) {
      throw thrown(writeFailure);
    }
    return wrongResultCount;
  }

  public synchronized String create(Deal deal) {
    String id = "d" + String.format("%03d", nextId++);
    deals.put(id, deal.withId(id));
    return id;
  }

  public synchronized boolean update(Deal deal) {
    if (!deals.containsKey(deal.id())) {
      return false;
    }
    deals.put(deal.id(), deal);
    return true;
  }

  public synchronized void delete(String id) throws Exception {
    if (deleteFailure != null) {
      throw thrown(deleteFailure);
    }
    deals.remove(id);
  }

  /** A configured failure, thrown as what it is: an Error or an Exception (any other Throwable is no failure we test). */
  private static Exception thrown(Throwable failure) {
    if (failure instanceof Error error) {
      throw error;
    }
    return (Exception) failure;
  }

  // ---- knobs and records

  public synchronized DealStore upstreamPageSize(int size) {
    upstreamPageSize = size;
    return this;
  }

  public synchronized DealStore shuffleWith(long seed) {
    shuffleSeed = seed;
    return this;
  }

  /** The {@code call}-th read (1-based, counted since reset) throws {@link QuotaExceededException}. */
  public synchronized DealStore quotaOnReadCall(int call, Duration wait) {
    quotaOnReadCall = call;
    quotaWait = wait;
    return this;
  }

  public synchronized DealStore failReads(Throwable failure) {
    readFailure = failure;
    return this;
  }

  /** Every page answers the cursor {@code o:0}, as a buggy read that never advances would. */
  public synchronized DealStore stuckCursor() {
    stuckCursor = true;
    return this;
  }

  public synchronized DealStore readReturnsNull() {
    readReturnsNull = true;
    return this;
  }

  /** Create/update call {@code call} (1-based; 0 = every call) throws {@code failure}. */
  public synchronized DealStore failWrites(Throwable failure, int call) {
    writeFailure = failure;
    writeFailureOnCall = call;
    return this;
  }

  public synchronized DealStore failGetById(Throwable failure) {
    getByIdFailure = failure;
    return this;
  }

  public synchronized DealStore failDeletes(Throwable failure) {
    deleteFailure = failure;
    return this;
  }

  public synchronized DealStore wrongResultCount() {
    wrongResultCount = true;
    return this;
  }

  public synchronized List<ReadRequest> reads() {
    return List.copyOf(reads);
  }

  public synchronized List<Integer> getByIdCallSizes() {
    return List.copyOf(getByIdCallSizes);
  }

  public synchronized List<Integer> writeCallSizes() {
    return List.copyOf(writeCallSizes);
  }

  private static boolean within(Instant at, ReadRequest request) {
    return !at.isBefore(request.start()) && !at.isAfter(request.end());
  }

  private static Instant timeOf(Object item) {
    return item instanceof Deal deal ? deal.updatedAt() : ((ReadPage.DeletedRecord) item).deletedAt();
  }

  private static String idOf(Object item) {
    return item instanceof Deal deal ? deal.id() : ((ReadPage.DeletedRecord) item).id();
  }
}
