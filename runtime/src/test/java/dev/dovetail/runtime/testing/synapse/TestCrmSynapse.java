package dev.dovetail.runtime.testing.synapse;

import dev.dovetail.runtime.synapse.Connection;
import dev.dovetail.runtime.synapse.IdRequest;
import dev.dovetail.runtime.synapse.ReadPage;
import dev.dovetail.runtime.synapse.ReadRequest;
import dev.dovetail.runtime.synapse.SynapseException;
import dev.dovetail.runtime.synapse.WriteRequest;
import dev.dovetail.runtime.synapse.WriteResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The author's class: what a {@code @Synapse} with read, get-by-id, create, update and delete of deals looks like. */
public final class TestCrmSynapse {
  private final DealStore store = DealStore.INSTANCE;

  /** {@code @TestConnection}: a token "bad" is refused (its value in the message, to prove redaction). */
  public Connection test(Connection connection) throws SynapseException {
    String token = connection.authConfig().token();
    if (token == null || token.startsWith("bad")) {
      throw new SynapseException(401, "Unauthorized: token " + token + " was refused", "upstream said 401 for " + token);
    }
    return connection.withMetaConfig(Map.of("webhookIdentifier", "wh-1"));
  }

  /** {@code @Read(Deal.class)}. */
  public ReadPage<Deal> readDeals(ReadRequest request) throws Exception {
    return store.read(request);
  }

  /** {@code @GetById(Deal.class)}. */
  public List<Deal> dealsById(IdRequest request) throws Exception {
    return store.byIds(request.ids());
  }

  /** {@code @Create(Deal.class)}. */
  public List<WriteResult> createDeals(WriteRequest<Deal> request) throws Exception {
    boolean wrongCount = store.beginWrite(request.records().size());
    List<WriteResult> results = new ArrayList<>();
    for (Deal deal : request.records()) {
      results.add(deal.title() != null && deal.title().startsWith("REJECT")
          ? WriteResult.failed(null, "title rejected: " + deal.title())
          : WriteResult.ok(store.create(deal)));
    }
    return wrongCount ? results.subList(0, results.size() - 1) : results;
  }

  /** {@code @Update(Deal.class)}: the id comes from the values, else from the platform's record id. */
  public List<WriteResult> updateDeals(WriteRequest<Deal> request) throws Exception {
    store.beginWrite(request.records().size());
    List<WriteResult> results = new ArrayList<>();
    for (int i = 0; i < request.records().size(); i++) {
      Deal deal = request.records().get(i);
      String id = deal.id() != null ? deal.id() : request.idAt(i);
      if (deal.title() != null && deal.title().startsWith("REJECT")) {
        results.add(WriteResult.failed(id, "title rejected: " + deal.title()));
      } else if (!store.update(deal.withId(id))) {
        results.add(WriteResult.failed(id, "no deal " + id));
      } else {
        results.add(WriteResult.ok(id));
      }
    }
    return results;
  }

  /** {@code @Delete(Deal.class)}: a missing deal counts as deleted. */
  public List<WriteResult> deleteDeals(IdRequest request) throws Exception {
    store.beginWrite(request.ids().size());
    List<WriteResult> results = new ArrayList<>();
    for (String id : request.ids()) {
      store.delete(id);
      results.add(WriteResult.ok(id));
    }
    return results;
  }
}
