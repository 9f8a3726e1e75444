package dev.dovetail.runtime.synapse.envelope;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.dovetail.runtime.synapse.Connection;
import dev.dovetail.runtime.synapse.EntityBinding;
import dev.dovetail.runtime.synapse.IdRequest;
import dev.dovetail.runtime.synapse.RequestType;
import dev.dovetail.runtime.synapse.SynapseException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET_BY_ID}: the current state of the requested records, each a JSON-string Record (§7). Missing ids are
 * simply absent. The author's method gets at most {@value #CHUNK} ids per call, as the platform sends them; a 404
 * from it means "none of these exist" (the platform reads a 404 reply the same way). The returned records carry the
 * {@code syncariEntityId} the platform sent with their id.
 */
final class GetByIdOperation<T> {
  /** The platform's fixed GET_BY_ID chunk size. */
  static final int CHUNK = 20;

  private final EntityBinding<T> binding;
  private final Connection connection;

  GetByIdOperation(EntityBinding<T> binding, Connection connection) {
    this.binding = binding;
    this.connection = connection;
  }

  String run(List<? extends InputRecord<?>> records) throws Exception {
    List<String> ids = new ArrayList<>();
    Map<String, String> syncariIds = new HashMap<>();
    for (InputRecord<?> record : records) {
      if (record.id() != null && !record.id().isEmpty()) {
        ids.add(record.id());
        syncariIds.putIfAbsent(record.id(), record.syncariEntityId());
      }
    }
    List<T> found = new ArrayList<>();
    for (int from = 0; from < ids.size(); from += CHUNK) {
      found.addAll(fetch(ids.subList(from, Math.min(ids.size(), from + CHUNK))));
    }
    return Json.write(new RecordsWriter(found, syncariIds));
  }

  /** The found records as a double-encoded list, each with the {@code syncariEntityId} sent with its id. */
  private final class RecordsWriter implements Json.Body {
    private final List<T> found;
    private final Map<String, String> syncariIds;

    RecordsWriter(List<T> found, Map<String, String> syncariIds) {
      this.found = found;
      this.syncariIds = syncariIds;
    }

    @Override
    public void write(JsonGenerator g) throws IOException {
      EncodedList data = EncodedList.start(g);
      for (T value : found) {
        String id = binding.idOf(value);
        WireRecords.writeRecord(data.element(), binding, value, id == null ? null : syncariIds.get(id));
        data.endElement();
      }
      data.end();
    }
  }

  private List<T> fetch(List<String> ids) throws Exception {
    List<T> found;
    try {
      found = binding.getById(new IdRequest(binding.apiName(), ids, connection));
    } catch (SynapseException e) {
      if (e.statusCode() == ErrorBody.NOT_FOUND) {
        return List.of();
      }
      throw e;
    }
    if (found == null || Lists.holdsNull(found)) {
      throw new RequestFailure(ErrorBody.invalidResponse(RequestType.GET_BY_ID, found == null ? "null" : "a list holding null"));
    }
    return found;
  }
}
