package dev.dovetail.runtime.sync;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.dovetail.runtime.runner.ReadCycle;
import dev.dovetail.runtime.synapse.envelope.ReadReply;
import dev.dovetail.runtime.sync.mapping.RecordMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Records of a synapse entity, one READ cycle per run over {@code [since, now]}.
 *
 * <p>The checkpoint is the contract's progress (§6.5): the {@code lastModified} of the last settled record, where
 * the next cycle starts, plus the ids of the settled records that share it. Pages are sorted by the watermark, so
 * every record before that instant was settled; records at that instant are read again by the next cycle and those
 * whose ids are listed are recognised and skipped, so a resumed run replays only what was in flight.
 *
 * <p>The sync engine stores {@link #position()}; the Kafka Connect source stores {@link #checkpoint()} with each
 * record as its source offset.
 */
public final class SynapseSource implements RecordSource {
  /** Beyond this many records with one watermark, the ids are not kept (those records are simply read again). */
  static final int MAX_IDS = 10_000;
  private static final JsonFactory JSON = new JsonFactory();

  /**
   * A stored position.
   *
   * @param since where the next cycle starts (epoch ms)
   * @param ids records at {@code since} already settled
   */
  public record Position(long since, Set<String> ids) {
    public Position {
      ids = Collections.unmodifiableSet(new LinkedHashSet<>(ids));
    }

    /** Where a first cycle starts: {@code since}, nothing settled yet. */
    public static Position start(long since) {
      return new Position(since, Set.of());
    }

    /** The position stored as JSON ({@link #toJson()}). */
    public static Position parse(String json) {
      long since = -1;
      Set<String> ids = new LinkedHashSet<>();
      try (JsonParser p = JSON.createParser(json)) {
        if (p.nextToken() == JsonToken.START_OBJECT) {
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (name.equals("since") && value == JsonToken.VALUE_NUMBER_INT) {
              since = p.getLongValue();
            } else if (name.equals("ids") && value == JsonToken.START_ARRAY) {
              while (p.nextToken() == JsonToken.VALUE_STRING) {
                ids.add(p.getText());
              }
            } else {
              p.skipChildren();
            }
          }
        }
      } catch (IOException e) {
        since = -1;
      }
      if (since < 0) {
        throw new IllegalArgumentException("not a synapse checkpoint: " + json);
      }
      return new Position(since, ids);
    }

    public String toJson() {
      StringWriter out = new StringWriter();
      try (JsonGenerator g = JSON.createGenerator(out)) {
        g.writeStartObject();
        g.writeNumberField("since", since);
        g.writeStringField("sinceIso", Instant.ofEpochMilli(since).toString());
        g.writeArrayFieldStart("ids");
        for (String id : ids) {
          g.writeString(id);
        }
        g.writeEndArray();
        g.writeEndObject();
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      return out.toString();
    }
  }

  private final ReadCycle cycle;
  private final Set<String> alreadySettled;
  private final long resumeAt;
  private long since;
  private Set<String> idsAtSince;
  private long recognised;

  /** @param start where this cycle starts: the checkpoint, or the configured beginning (then with no ids) */
  public SynapseSource(ReadCycle cycle, Position start) {
    this.cycle = cycle;
    this.resumeAt = start.since();
    this.alreadySettled = start.ids();
    this.since = start.since();
    this.idsAtSince = new LinkedHashSet<>(start.ids());
  }

  @Override
  public List<SourceRecord> nextPage() throws SourceException, InterruptedException {
    ReadReply page;
    try {
      page = cycle.next();
    } catch (ReadCycle.ReadFailure e) {
      throw new SourceException(e.getMessage(), e.retriable());
    }
    if (page == null) {
      return null;
    }
    List<SourceRecord> records = new ArrayList<>(page.records().size());
    for (ReadReply.Item item : page.records()) {
      Long modified = item.lastModified();
      if (modified != null && modified == resumeAt && item.id() != null && alreadySettled.contains(item.id())) {
        recognised++;
        continue;
      }
      records.add(new SourceRecord(item.json(), item.id(), modified, 0, null));
    }
    return records;
  }

  @Override
  public void advance(SourceRecord record) {
    Long modified = record.lastModified();
    if (modified == null || modified < since) {
      return; // no watermark, or out of order: does not move the checkpoint (such records are read again)
    }
    if (modified > since) {
      since = modified;
      idsAtSince = new LinkedHashSet<>();
    }
    if (record.id() != null && idsAtSince.size() < MAX_IDS) {
      idsAtSince.add(record.id());
    }
  }

  @Override
  public String position() {
    return checkpoint().toJson();
  }

  /** The position after the records advanced so far. */
  public Position checkpoint() {
    return new Position(since, idsAtSince);
  }

  @Override
  public RecordMapper.Shape shape() {
    return RecordMapper.Shape.RECORD;
  }

  @Override
  public int retries() {
    return cycle.retries();
  }

  /** Records of the first page(s) recognised as settled by the run that stored the checkpoint. */
  long recognised() {
    return recognised;
  }
}
