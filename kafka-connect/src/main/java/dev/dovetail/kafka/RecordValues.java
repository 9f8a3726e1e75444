package dev.dovetail.kafka;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.util.BufferRecycler;
import java.io.IOException;

/**
 * A synapse Record ({@code {"id", "deleted", "lastModified", "values": {…}}}) → the value of its Kafka record: the
 * {@code values} object's JSON text, copied token by token (numbers exactly as the synapse wrote them), or
 * {@code null} for a deleted record, which becomes a tombstone. That is what the sink connector decodes: an upsert
 * from the value's fields, a delete of the primary key a tombstone's key holds.
 */
final class RecordValues {
  private final JsonFactory json = new JsonFactory();
  private final BufferRecycler recycler = new BufferRecycler();

  /** The value for {@code recordJson}; {@code null} when the record is deleted. */
  String value(String recordJson) {
    SegmentedStringWriter out = new SegmentedStringWriter(recycler);
    boolean deleted = false;
    boolean written = false;
    try (JsonParser p = json.createParser(recordJson); JsonGenerator g = json.createGenerator(out)) {
      p.nextToken(); // START_OBJECT: the runtime parsed the reply's records before they got here
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken token = p.nextToken();
        if (field.equals("values") && token == JsonToken.START_OBJECT) {
          g.copyCurrentStructure(p);
          written = true;
        } else {
          deleted |= field.equals("deleted") && token == JsonToken.VALUE_TRUE;
          p.skipChildren();
        }
      }
      if (!written) {
        g.writeStartObject();
        g.writeEndObject();
      }
      g.flush();
      String value = out.getAndClear();
      return deleted ? null : value;
    } catch (IOException e) {
      // The READ reply parser already read every record as a JSON object.
      throw new IllegalStateException("cannot copy a record's values: " + e.getMessage(), e);
    }
  }
}
