package dev.dovetail.example.crm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dovetail.annotations.AuthType;
import dev.dovetail.annotations.ConnectionField;
import dev.dovetail.annotations.Create;
import dev.dovetail.annotations.Delete;
import dev.dovetail.annotations.GetById;
import dev.dovetail.annotations.Read;
import dev.dovetail.annotations.Synapse;
import dev.dovetail.annotations.TestConnection;
import dev.dovetail.annotations.Update;
import dev.dovetail.runtime.synapse.Connection;
import dev.dovetail.runtime.synapse.IdRequest;
import dev.dovetail.runtime.synapse.QuotaExceededException;
import dev.dovetail.runtime.synapse.ReadPage;
import dev.dovetail.runtime.synapse.ReadRequest;
import dev.dovetail.runtime.synapse.SynapseException;
import dev.dovetail.runtime.synapse.WriteRequest;
import dev.dovetail.runtime.synapse.WriteResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Syncs deals and persons between Syncari and a Pipedrive-style CRM through its REST API.
 *
 * <p>A Syncari custom synapse written as annotated Java: the processor checks the methods' signatures against their
 * operations, writes the synapse descriptor ({@code META-INF/dovetail/synapses/demo_crm.json}: the SynapseInfo and
 * each entity's Schema) and generates {@code CrmSynapseDispatcher}, which the runtime's envelope handler calls without
 * reflection. Every request gets a new instance; the HTTP client is shared ({@link CrmApi}).
 *
 * <ul>
 *   <li>The endpoint {@code demo:} or {@code demo:N} is a demo CRM that the synapse starts in-process on first use,
 *       with N deals (5000 by default; {@link DemoEndpoint}): a demo runs with nothing else started.
 *   <li>Reads ask the CRM for one window of update times, ascending, {@code limit} records from offset
 *       {@code start}; the CRM's {@code next_start} becomes the page's cursor, which Dovetail hands back on the next
 *       call. Deals the CRM reports as deleted come back as deleted records.
 *   <li>Writes go one record per call (the CRM has no bulk write); a record the CRM rejects (HTTP 400) fails alone.
 *       A problem with the whole call (bad token, rate limit, outage) is thrown, so the platform retries the chunk
 *       — except in the middle of a create, where the records already created must not be created twice: they
 *       succeed and the rest fail.
 *   <li>Upstream 429 becomes a {@link QuotaExceededException} with the CRM's {@code Retry-After}.
 * </ul>
 */
@Synapse(
    name = "demo_crm",
    displayName = "Demo CRM",
    category = "crm",
    authTypes = AuthType.API_KEY,
    connectionFields = {
        @ConnectionField(name = "endpoint", label = "API URL",
            description = "Base URL of the CRM's REST API, e.g. https://yourcompany.crm.example/; demo: (or demo:N)"
                + " for a built-in demo CRM with 5000 (N) deals"),
        @ConnectionField(name = "accessToken", label = "API token", secret = true,
            description = "Personal API token (Settings > Personal preferences > API)")},
    readSkewSeconds = 5,
    pageSize = 100)
public class CrmSynapse {
  static final String DEALS = "v1/deals";
  static final String PERSONS = "v1/persons";
  static final String ME = "v1/users/me";

  /** The CRM's largest page. */
  static final int MAX_PAGE_SIZE = 500;

  /** Checks the token with {@code GET v1/users/me} and records whose it is in {@code metaConfig.crmUser}. */
  @TestConnection
  public Connection test(Connection connection) throws SynapseException {
    JsonNode me = CrmApi.of(connection).get(ME, Map.of()).orThrow().data();
    String user = me.path("email").asText("");
    return user.isEmpty() ? connection : connection.withMetaConfig(Map.of("crmUser", user));
  }

  /**
   * One page of deals changed in the window: {@code updated_since} = start (inclusive), {@code updated_until} = end
   * (exclusive, as the CRM has it: a deal changed at that very instant is read by the next window, which starts at the
   * last record read), ascending by update time, from offset {@code cursor}.
   */
  @Read(Deal.class)
  public ReadPage<Deal> readDeals(ReadRequest request) throws SynapseException {
    return read(DEALS, request, CrmJson::deal);
  }

  @Read(Person.class)
  public ReadPage<Person> readPersons(ReadRequest request) throws SynapseException {
    return read(PERSONS, request, CrmJson::person);
  }

  /** One bulk call, {@code GET v1/deals?ids=1,2,3}; ids the CRM does not know (or that are not numbers) are absent. */
  @GetById(Deal.class)
  public List<Deal> dealsById(IdRequest request) throws SynapseException {
    return byId(DEALS, request, CrmJson::deal);
  }

  @GetById(Person.class)
  public List<Person> personsById(IdRequest request) throws SynapseException {
    return byId(PERSONS, request, CrmJson::person);
  }

  /** {@code POST v1/deals} per record; the new deal's id comes back in the result. */
  @Create(Deal.class)
  public List<WriteResult> createDeals(WriteRequest<Deal> request) throws SynapseException {
    CrmApi api = CrmApi.of(request.connection());
    List<WriteResult> results = new ArrayList<>();
    for (Deal deal : request.records()) {
      CrmApi.Response response = api.post(DEALS, CrmJson.writableFields(deal));
      if (response.ok()) {
        results.add(WriteResult.ok(String.valueOf(CrmJson.id(response.data()))));
        continue;
      }
      SynapseException callError = response.callError();
      if (callError == null) {
        results.add(WriteResult.failed(null, rejected(response)));
      } else if (results.isEmpty()) {
        throw callError; // nothing written yet: the platform may retry the whole chunk
      } else {
        // Some deals exist now; retrying the chunk would create them twice. They succeed, the rest fail.
        String reason = "not created: " + callError.getMessage() + detail(callError);
        while (results.size() < request.records().size()) {
          results.add(WriteResult.failed(null, reason));
        }
        break;
      }
    }
    return results;
  }

  /** {@code PUT v1/deals/{id}} per record with the fields that are set (a partial update). */
  @Update(Deal.class)
  public List<WriteResult> updateDeals(WriteRequest<Deal> request) throws SynapseException {
    CrmApi api = CrmApi.of(request.connection());
    List<WriteResult> results = new ArrayList<>();
    for (int i = 0; i < request.records().size(); i++) {
      Deal deal = request.records().get(i);
      String id = request.idAt(i) != null ? request.idAt(i) : deal.id() != 0 ? String.valueOf(deal.id()) : null;
      if (id == null || !isNumber(id)) {
        results.add(WriteResult.failed(id, "not a CRM deal id: " + (id == null ? "none given" : "'" + id + "'")));
        continue;
      }
      CrmApi.Response response = api.put(DEALS + "/" + id, CrmJson.writableFields(deal));
      if (response.ok()) {
        results.add(WriteResult.ok(id));
      } else if (response.status() == 404) {
        results.add(WriteResult.failed(id, "deal " + id + " does not exist in the CRM"));
      } else if (response.callError() == null) {
        results.add(WriteResult.failed(id, rejected(response)));
      } else {
        throw response.callError(); // updates are idempotent: the platform may retry the chunk
      }
    }
    return results;
  }

  /** {@code DELETE v1/deals/{id}} per id; a deal that is already gone (404) counts as deleted. */
  @Delete(Deal.class)
  public List<WriteResult> deleteDeals(IdRequest request) throws SynapseException {
    CrmApi api = CrmApi.of(request.connection());
    List<WriteResult> results = new ArrayList<>();
    for (String id : request.ids()) {
      if (!isNumber(id)) {
        results.add(WriteResult.ok(id)); // no deal can have this id: it is not there, which is what a delete wants
        continue;
      }
      CrmApi.Response response = api.delete(DEALS + "/" + id);
      if (response.ok() || response.status() == 404) {
        results.add(WriteResult.ok(id));
      } else if (response.callError() == null) {
        results.add(WriteResult.failed(id, rejected(response)));
      } else {
        throw response.callError();
      }
    }
    return results;
  }

  // --- shared by both entities

  private static <T> ReadPage<T> read(String path, ReadRequest request, Function<JsonNode, T> decode)
      throws SynapseException {
    CrmApi api = CrmApi.of(request.connection());
    int start = start(request.cursor());
    int limit = Math.max(1, Math.min(request.pageSize(), MAX_PAGE_SIZE));
    JsonNode answer = api.get(path, CrmApi.query(
        "updated_since", request.start().toString(),
        "updated_until", request.end() == null ? null : request.end().toString(),
        "sort", "update_time ASC",
        "start", String.valueOf(start),
        "limit", String.valueOf(limit))).orThrow().body();

    List<T> records = new ArrayList<>();
    List<ReadPage.DeletedRecord> deleted = new ArrayList<>();
    for (JsonNode item : answer.path("data")) {
      if (CrmJson.isDeleted(item)) {
        deleted.add(new ReadPage.DeletedRecord(String.valueOf(CrmJson.id(item)), CrmJson.updateTime(item)));
      } else {
        records.add(decode.apply(item));
      }
    }
    JsonNode pagination = answer.path("additional_data").path("pagination");
    ReadPage<T> page;
    if (pagination.path("more_items_in_collection").asBoolean(false)) {
      int next = pagination.path("next_start").asInt(start + answer.path("data").size());
      page = ReadPage.more(records, String.valueOf(next));
    } else {
      page = ReadPage.last(records);
    }
    return deleted.isEmpty() ? page : page.withDeleted(deleted);
  }

  private static <T> List<T> byId(String path, IdRequest request, Function<JsonNode, T> decode) throws SynapseException {
    List<String> ids = request.ids().stream().filter(CrmSynapse::isNumber).distinct().toList();
    if (ids.isEmpty()) {
      return List.of();
    }
    CrmApi.Response response = CrmApi.of(request.connection())
        .get(path, CrmApi.query("ids", String.join(",", ids), "limit", String.valueOf(ids.size())));
    if (response.status() == 404) {
      return List.of();
    }
    Map<String, T> found = new HashMap<>();
    for (JsonNode item : response.orThrow().data()) {
      if (!CrmJson.isDeleted(item)) {
        found.put(String.valueOf(CrmJson.id(item)), decode.apply(item));
      }
    }
    // In the order asked for.
    return ids.stream().map(found::get).filter(Objects::nonNull).toList();
  }

  /** The CRM offset a cursor of {@link #read} stands for; 0 on the first call of a window. */
  private static int start(String cursor) throws SynapseException {
    if (cursor == null) {
      return 0;
    }
    try {
      int start = Integer.parseInt(cursor);
      if (start >= 0) {
        return start;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new SynapseException(400, "Invalid read cursor", "expected a record offset, got '" + cursor + "'");
  }

  private static String rejected(CrmApi.Response response) {
    String error = response.errorText();
    return "the CRM rejected the record (HTTP " + response.status() + ")" + (error == null ? "" : ": " + error);
  }

  private static String detail(SynapseException e) {
    return e.detail() == null ? "" : " (" + e.detail() + ")";
  }

  private static boolean isNumber(String id) {
    return id != null && !id.isEmpty() && id.length() <= 18 && id.chars().allMatch(Character::isDigit);
  }
}
