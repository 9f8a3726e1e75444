package dev.dovetail.runtime.synapse.envelope;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.dovetail.runtime.synapse.Connection;
import dev.dovetail.runtime.synapse.EntityBinding;
import dev.dovetail.runtime.synapse.IdRequest;
import dev.dovetail.runtime.synapse.RequestType;
import dev.dovetail.runtime.synapse.WriteRequest;
import dev.dovetail.runtime.synapse.WriteResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code CREATE}, {@code UPDATE} and {@code DELETE}: one Result per input record, in input order, {@code syncariId}
 * echoing the record's {@code syncariEntityId} (§7).
 *
 * <p>Any number of records is accepted. The author's method receives them in chunks of at most
 * {@code apiMaxCrudSize} (what it declared it can take; the platform already sends such chunks, so normally there is
 * one). A record that cannot be passed on — values that do not fit the entity, a delete without an id — fails on its
 * own ({@code success: false} with the reason) and the others still go through.
 *
 * <p>When a call of the author's method throws: a 404 on {@code DELETE} counts as success for the chunk (the records
 * are gone). Otherwise, if nothing was written yet (first chunk), the whole request answers the error body, so the
 * platform sees retriable statuses (429, 503) and retries. If earlier chunks were already written, answering an error
 * would make the platform fail or redo them; instead the records of the failing chunk and of every later chunk
 * (not attempted) fail with the error's text, and the reply is a normal result list.
 */
final class WriteOperation<T> {
  private final RequestType type;
  private final EntityBinding<T> binding;
  private final int chunkSize;
  private final Connection connection;
  private final Redactor redactor;

  WriteOperation(RequestType type, EntityBinding<T> binding, int chunkSize, Connection connection, Redactor redactor) {
    this.type = type;
    this.binding = binding;
    this.chunkSize = chunkSize > 0 ? chunkSize : 20;
    this.connection = connection;
    this.redactor = redactor;
  }

  /** The outcome of one record, as it goes into its Result. */
  private record Outcome(boolean success, List<String> errors, String id) {}

  /** The reply body: the Results of {@code records}, each a JSON string. */
  String run(List<? extends InputRecord<T>> records) throws Exception {
    Outcome[] outcomes = new Outcome[records.size()];
    List<InputRecord<T>> ready = new ArrayList<>();
    for (InputRecord<T> record : records) {
      String problem = problemOf(record);
      if (problem != null) {
        outcomes[record.index()] = new Outcome(false, List.of(redactor.redact(problem)), record.id());
      } else {
        ready.add(record);
      }
    }
    for (int from = 0; from < ready.size(); from += chunkSize) {
      List<InputRecord<T>> chunk = ready.subList(from, Math.min(ready.size(), from + chunkSize));
      try {
        apply(chunk, call(chunk), outcomes);
      } catch (Exception | Error e) {
        // An Error in a later chunk must not lose the Results of the chunks already written.
        ErrorBody error = Failures.toErrorBody(type, e, redactor);
        if (type == RequestType.DELETE && error.statusCode() == ErrorBody.NOT_FOUND) {
          chunk.forEach(r -> outcomes[r.index()] = new Outcome(true, List.of(), r.id()));
          continue;
        }
        if (from == 0) {
          throw e;
        }
        EnvelopeLog.of(WriteOperation.class).warn("{} of {}: chunk of records {}-{} failed after earlier chunks were"
            + " written: {}", type, binding.apiName(), chunk.get(0).index(), chunk.get(chunk.size() - 1).index(),
            error.summary());
        failRest(ready.subList(from, ready.size()), chunk.size(), error, outcomes);
        break;
      }
    }
    return Json.write(new ResultsWriter(records, outcomes));
  }

  /** The Results as a double-encoded list, in input order, {@code syncariId} the record's {@code syncariEntityId}. */
  private static final class ResultsWriter implements Json.Body {
    private final List<? extends InputRecord<?>> records;
    private final Outcome[] outcomes;

    ResultsWriter(List<? extends InputRecord<?>> records, Outcome[] outcomes) {
      this.records = records;
      this.outcomes = outcomes;
    }

    @Override
    public void write(JsonGenerator g) throws IOException {
      EncodedList results = EncodedList.start(g);
      for (InputRecord<?> record : records) {
        Outcome outcome = outcomes[record.index()];
        WireRecords.writeResult(results.element(), outcome.success(), outcome.errors(), outcome.id(),
            record.syncariEntityId());
        results.endElement();
      }
      results.end();
    }
  }

  private String problemOf(InputRecord<T> record) {
    if (record.problem() != null) {
      return record.problem();
    }
    if (type == RequestType.DELETE && (record.id() == null || record.id().isEmpty())) {
      return "data[" + record.index() + "] has no id to delete";
    }
    return null;
  }

  private List<WriteResult> call(List<InputRecord<T>> chunk) throws Exception {
    List<String> ids = new ArrayList<>(chunk.size());
    List<T> values = new ArrayList<>(chunk.size());
    for (InputRecord<T> record : chunk) {
      ids.add(record.id());
      values.add(record.value());
    }
    return switch (type) {
      case CREATE -> binding.create(new WriteRequest<>(binding.apiName(), values, ids, connection));
      case UPDATE -> binding.update(new WriteRequest<>(binding.apiName(), values, ids, connection));
      case DELETE -> binding.delete(new IdRequest(binding.apiName(), ids, connection));
      default -> throw new IllegalArgumentException("not a write: " + type);
    };
  }

  /** Checks the author's results against the chunk, then records them. */
  private void apply(List<InputRecord<T>> chunk, List<WriteResult> results, Outcome[] outcomes) throws RequestFailure {
    String wrong = results == null ? "null"
        : results.size() != chunk.size() ? results.size() + " results for " + chunk.size() + " records"
        : Lists.holdsNull(results) ? "a list holding null"
        : null;
    if (wrong != null) {
      throw new RequestFailure(ErrorBody.invalidResponse(type, wrong));
    }
    for (int i = 0; i < chunk.size(); i++) {
      InputRecord<T> record = chunk.get(i);
      WriteResult result = results.get(i);
      List<String> errors = new ArrayList<>(result.errors().size());
      for (String error : result.errors()) {
        errors.add(redactor.redact(error));
      }
      String id = result.id() != null ? result.id() : record.id();
      outcomes[record.index()] = new Outcome(result.success(), errors, id);
    }
  }

  private static <T> void failRest(List<InputRecord<T>> rest, int failedChunkSize, ErrorBody error, Outcome[] outcomes) {
    for (int i = 0; i < rest.size(); i++) {
      InputRecord<T> record = rest.get(i);
      String reason = i < failedChunkSize ? error.summary() : "not attempted: an earlier chunk failed with " + error.summary();
      outcomes[record.index()] = new Outcome(false, List.of(reason), record.id());
    }
  }
}
