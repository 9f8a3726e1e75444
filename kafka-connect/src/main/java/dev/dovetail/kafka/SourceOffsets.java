package dev.dovetail.kafka;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.dovetail.runtime.sync.SynapseSource.Position;
import java.io.IOException;
import java.io.StringWriter;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Source partitions and offsets in Connect's offset storage. The partition is {@code {synapse, entity}}; the offset
 * is the sync engine's checkpoint: {@code since} (epoch ms), the {@code lastModified} of the last record written,
 * and {@code ids}, the ids of the records written with exactly that {@code lastModified} (a JSON array as text:
 * offsets may only hold primitive values). A cycle that starts there reads those records again and skips them, so
 * a restart neither skips nor repeats a record.
 */
final class SourceOffsets {
  static final String SYNAPSE = "synapse";
  static final String ENTITY = "entity";
  static final String SINCE = "since";
  static final String IDS = "ids";

  private static final JsonFactory JSON = new JsonFactory();

  private SourceOffsets() {}

  static Map<String, String> partition(String synapse, String entity) {
    return Map.of(SYNAPSE, synapse, ENTITY, entity);
  }

  static Map<String, Object> offset(Position position) {
    return Map.of(SINCE, position.since(), IDS, idsJson(position.ids()));
  }

  /**
   * The position an offset stands for.
   *
   * @throws IllegalArgumentException when it is not one this connector wrote ({@code ids} may be left out)
   */
  static Position position(Map<String, ?> offset) {
    Object since = offset.get(SINCE);
    if (!(since instanceof Number number) || number.longValue() < 0
        || (since instanceof Double || since instanceof Float)) {
      throw new IllegalArgumentException("'" + SINCE + "' must be epoch milliseconds (a whole number >= 0), got "
          + offset.get(SINCE));
    }
    Object ids = offset.get(IDS);
    if (ids != null && !(ids instanceof String)) {
      throw new IllegalArgumentException("'" + IDS + "' must be a JSON array of ids as text, got " + ids);
    }
    return new Position(number.longValue(), ids == null ? Set.of() : parseIds((String) ids));
  }

  private static String idsJson(Set<String> ids) {
    StringWriter out = new StringWriter(2 + ids.size() * 12);
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartArray();
      for (String id : ids) {
        g.writeString(id);
      }
      g.writeEndArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toString();
  }

  private static Set<String> parseIds(String json) {
    Set<String> ids = new LinkedHashSet<>();
    try (JsonParser p = JSON.createParser(json)) {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        throw new IllegalArgumentException("'" + IDS + "' must be a JSON array of ids, got " + json);
      }
      while (p.nextToken() == JsonToken.VALUE_STRING) {
        ids.add(p.getText());
      }
      if (p.currentToken() != JsonToken.END_ARRAY) {
        throw new IllegalArgumentException("'" + IDS + "' must hold strings only, got " + json);
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("'" + IDS + "' is not a JSON array: " + json);
    }
    return ids;
  }
}
