package dev.dovetail.example.crm;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small in-memory CRM with a Pipedrive-style REST API, on loopback, for the {@link CrmSynapse} demo and tests.
 *
 * <p>Endpoints (all need {@code Authorization: Bearer <token>} or {@code ?api_token=<token>}, else 401):
 * <ul>
 *   <li>{@code GET /v1/users/me} — the token's user.
 *   <li>{@code GET /v1/deals} and {@code GET /v1/persons} — {@code updated_since} (inclusive) and
 *       {@code updated_until} (exclusive), ISO-8601; {@code ids=1,2,3}; {@code sort=update_time ASC} (the only
 *       order: update time, then id); {@code start} (offset, default 0) and {@code limit} (default 100, at most 500).
 *       Answers {@code {success, data, additional_data: {pagination: {start, limit, more_items_in_collection,
 *       next_start}}}}. Deleted deals stay listed with {@code status: "deleted"}, so that syncs see the delete.
 *   <li>{@code GET /v1/deals/{id}}, {@code POST /v1/deals}, {@code PUT /v1/deals/{id}} (partial),
 *       {@code DELETE /v1/deals/{id}} — 404 for a missing or deleted deal, 400 for a deal without a title, an
 *       unknown stage or status, a negative value, a malformed currency or date, or an unknown person.
 * </ul>
 *
 * <p>Faults, for resilience tests: {@link Options#throttleEvery} makes every Nth API request answer 429 with
 * {@code Retry-After}; {@link #failNext} queues answers with a given status.
 *
 * <p>Run it: {@code java -cp example-connector.jar dev.dovetail.example.crm.DemoCrmServer --port 8089 --records 250}.
 * The seeded data is the same on every start (fixed times in 2025, a fixed random seed).
 */
public final class DemoCrmServer implements AutoCloseable {

  /** The API token of a default server. */
  public static final String DEFAULT_TOKEN = "demo-token";

  /** When the first seeded record was added; the rest follow minutes apart. */
  public static final Instant SEED_START = Instant.parse("2025-06-02T08:00:00Z");

  static final int DEFAULT_LIMIT = 100;
  static final int MAX_LIMIT = 500;
  private static final Set<String> STATUSES = Set.of("open", "won", "lost");
  private static final Set<String> STAGES =
      Set.of("qualified", "contact_made", "demo_scheduled", "proposal_made", "negotiations_started");

  private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  /**
   * How to start a server.
   *
   * @param port TCP port on 127.0.0.1; 0 for any free port
   * @param deals how many deals to seed
   * @param persons how many persons to seed (deals refer to them)
   * @param token the API token clients must send
   * @param throttleEvery every Nth API request answers 429; 0 never
   * @param retryAfterSeconds the {@code Retry-After} of a 429
   */
  public record Options(int port, int deals, int persons, String token, int throttleEvery, int retryAfterSeconds) {
    public Options {
      if (port < 0 || port > 65535 || deals < 0 || persons < 0 || throttleEvery < 0 || retryAfterSeconds < 0) {
        throw new IllegalArgumentException("invalid options: " + this);
      }
      if (token == null || token.isBlank()) {
        throw new IllegalArgumentException("a token is required");
      }
    }

    /** Any free port, {@code deals} deals, 40 persons, {@link #DEFAULT_TOKEN}, no throttling. */
    public static Options defaults(int deals) {
      return new Options(0, deals, 40, DEFAULT_TOKEN, 0, 1);
    }

    public Options withThrottleEvery(int every) {
      return new Options(port, deals, persons, token, every, retryAfterSeconds);
    }

    public Options withPort(int newPort) {
      return new Options(newPort, deals, persons, token, throttleEvery, retryAfterSeconds);
    }

    public Options withPersons(int count) {
      return new Options(port, deals, count, token, throttleEvery, retryAfterSeconds);
    }

    public Options withToken(String newToken) {
      return new Options(port, deals, persons, newToken, throttleEvery, retryAfterSeconds);
    }

    public Options withRetryAfterSeconds(int seconds) {
      return new Options(port, deals, persons, token, throttleEvery, seconds);
    }
  }

  /** One API request as the server saw it (for tests): method, path with query, and the User-Agent. */
  public record SeenRequest(String method, String target, String userAgent, int status) {}

  private final Options options;
  private final HttpServer server;
  private final ExecutorService executor;
  private final TreeMap<Long, ObjectNode> deals = new TreeMap<>();
  private final TreeMap<Long, ObjectNode> persons = new TreeMap<>();
  private final Deque<Integer> cannedFailures = new ArrayDeque<>();
  private final List<SeenRequest> seen = new ArrayList<>();
  private final AtomicInteger apiRequests = new AtomicInteger();
  private long nextDealId;
  private Instant lastChange = Instant.EPOCH;

  private static final String NO_DELAY = "sun.net.httpserver.nodelay";

  private DemoCrmServer(Options options) throws IOException {
    this.options = options;
    seed();
    // The JDK server leaves Nagle's algorithm on: with the client's delayed ACKs each small response then waits
    // ~40 ms. Read once, when the first server of the JVM is created.
    if (System.getProperty(NO_DELAY) == null) {
      System.setProperty(NO_DELAY, "true");
    }
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port()), 0);
    executor = Executors.newFixedThreadPool(4, runnable -> {
      Thread thread = new Thread(runnable, "demo-crm");
      thread.setDaemon(true);
      return thread;
    });
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /** Seeds the data and starts serving; {@link #close()} stops it. */
  public static DemoCrmServer start(Options options) throws IOException {
    return new DemoCrmServer(options);
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** The base URL a synapse connection needs as its endpoint, ending with '/'. */
  public String endpoint() {
    return "http://127.0.0.1:" + port() + "/";
  }

  public Options options() {
    return options;
  }

  /** The next {@code count} API requests answer {@code status} (after the token check), e.g. 503. */
  public synchronized void failNext(int status, int count) {
    for (int i = 0; i < count; i++) {
      cannedFailures.add(status);
    }
  }

  /** Every API request so far, in order. */
  public synchronized List<SeenRequest> requests() {
    return List.copyOf(seen);
  }

  /** A copy of a deal as the API shows it, deleted ones included. */
  public synchronized Optional<JsonNode> deal(long id) {
    return Optional.ofNullable(deals.get(id)).map(ObjectNode::deepCopy);
  }

  /** Copies of every deal (deleted ones included), ascending by update time, then id: the API's order. */
  public synchronized List<JsonNode> deals() {
    return sorted(deals).stream().map(d -> (JsonNode) d.deepCopy()).toList();
  }

  /** Copies of every person, in the API's order. */
  public synchronized List<JsonNode> persons() {
    return sorted(persons).stream().map(p -> (JsonNode) p.deepCopy()).toList();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  // --- HTTP

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      Answer answer;
      try {
        answer = answer(exchange);
      } catch (BadRequest e) {
        answer = error(400, e.getMessage());
      } catch (RuntimeException e) {
        answer = error(500, "internal error: " + e);
      }
      synchronized (this) {
        seen.add(new SeenRequest(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath()
            + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery()),
            exchange.getRequestHeaders().getFirst("User-Agent"), answer.status()));
      }
      byte[] body = JSON.writeValueAsBytes(answer.body());
      exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
      answer.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
      exchange.sendResponseHeaders(answer.status(), body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private Answer answer(HttpExchange exchange) throws IOException {
    URI uri = exchange.getRequestURI();
    Map<String, String> query = parseQuery(uri.getRawQuery());
    if (!authorized(exchange, query)) {
      return error(401, "unauthorized access").with("WWW-Authenticate", "Bearer");
    }
    int count = apiRequests.incrementAndGet();
    if (options.throttleEvery() > 0 && count % options.throttleEvery() == 0) {
      return error(429, "Request over limit").with("Retry-After", String.valueOf(options.retryAfterSeconds()));
    }
    synchronized (this) {
      Integer canned = cannedFailures.poll();
      if (canned != null) {
        Answer failure = error(canned, "injected failure");
        return canned == 429 ? failure.with("Retry-After", String.valueOf(options.retryAfterSeconds())) : failure;
      }
    }
    String method = exchange.getRequestMethod();
    List<String> path = List.of(uri.getPath().replaceAll("^/+|/+$", "").split("/+"));
    if (path.size() < 2 || !path.get(0).equals("v1")) {
      return error(404, "unknown path " + uri.getPath());
    }
    String collection = path.get(1);
    String id = path.size() == 3 ? path.get(2) : null;
    if (path.size() > 3) {
      return error(404, "unknown path " + uri.getPath());
    }
    switch (collection) {
      case "users":
        return "me".equals(id) && method.equals("GET") ? ok(200, me()) : error(404, "unknown path " + uri.getPath());
      case "persons":
        if (!method.equals("GET")) {
          return error(405, method + " is not supported on persons");
        }
        return id == null ? list(persons, query) : one(persons, "Person", id);
      case "deals":
        return deals(exchange, id, query);
      default:
        return error(404, "unknown path " + uri.getPath());
    }
  }

  private boolean authorized(HttpExchange exchange, Map<String, String> query) {
    String header = exchange.getRequestHeaders().getFirst("Authorization");
    if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return header.substring(7).trim().equals(options.token());
    }
    return options.token().equals(query.get("api_token"));
  }

  private Answer deals(HttpExchange exchange, String id, Map<String, String> query) throws IOException {
    String method = exchange.getRequestMethod();
    if (id == null) {
      return switch (method) {
        case "GET" -> list(deals, query);
        case "POST" -> createDeal(readBody(exchange));
        default -> error(405, method + " is not supported on deals");
      };
    }
    return switch (method) {
      case "GET" -> one(deals, "Deal", id);
      case "PUT", "PATCH" -> updateDeal(id, readBody(exchange));
      case "DELETE" -> deleteDeal(id);
      default -> error(405, method + " is not supported on a deal");
    };
  }

  private static ObjectNode me() {
    ObjectNode user = JSON.createObjectNode();
    user.put("id", 1).put("name", "Demo Admin").put("email", "admin@demo-crm.test").put("company_name", "Demo CRM");
    return user;
  }

  private static JsonNode readBody(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      byte[] bytes = in.readNBytes(1 << 20);
      if (bytes.length == 0) {
        return JSON.createObjectNode();
      }
      try {
        return JSON.readTree(bytes);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new BadRequest("the body is not JSON: " + e.getOriginalMessage());
      }
    }
  }

  // --- the store; every method below holds the lock

  private synchronized Answer list(TreeMap<Long, ObjectNode> table, Map<String, String> query) {
    Instant since = instantParam(query, "updated_since");
    Instant until = instantParam(query, "updated_until");
    String sort = query.getOrDefault("sort", "update_time ASC");
    if (!sort.equalsIgnoreCase("update_time ASC")) {
      throw new BadRequest("sort must be 'update_time ASC'");
    }
    int start = intParam(query, "start", 0, 0, Integer.MAX_VALUE);
    int limit = intParam(query, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    Set<Long> ids = null;
    if (query.containsKey("ids")) {
      ids = new LinkedHashSet<>();
      for (String part : query.get("ids").split(",")) {
        try {
          ids.add(Long.parseLong(part.trim()));
        } catch (NumberFormatException e) {
          throw new BadRequest("ids must be numbers: " + part);
        }
      }
    }
    List<ObjectNode> matching = new ArrayList<>();
    for (ObjectNode row : sorted(table)) {
      Instant updated = Instant.parse(row.path("update_time").asText());
      if ((since == null || !updated.isBefore(since)) && (until == null || updated.isBefore(until))
          && (ids == null || ids.contains(row.path("id").asLong()))) {
        matching.add(row);
      }
    }
    ArrayNode data = JSON.createArrayNode();
    int end = (int) Math.min(matching.size(), (long) start + limit);
    for (int i = start; i < end; i++) {
      data.add(matching.get(i).deepCopy());
    }
    boolean more = end < matching.size();
    ObjectNode pagination = JSON.createObjectNode();
    pagination.put("start", start).put("limit", limit).put("more_items_in_collection", more);
    if (more) {
      pagination.put("next_start", end);
    }
    ObjectNode body = JSON.createObjectNode();
    body.put("success", true);
    body.set("data", data);
    body.putObject("additional_data").set("pagination", pagination);
    return new Answer(200, body, Map.of());
  }

  private synchronized Answer one(TreeMap<Long, ObjectNode> table, String what, String id) {
    ObjectNode row = live(table, id);
    return row == null ? error(404, what + " not found") : ok(200, row.deepCopy());
  }

  private synchronized Answer createDeal(JsonNode body) {
    ObjectNode deal = JSON.createObjectNode();
    deal.put("id", nextDealId);
    deal.put("title", (String) null);
    deal.put("value", BigDecimal.ZERO);
    deal.put("currency", "EUR");
    deal.put("stage", "qualified");
    deal.put("status", "open");
    deal.putNull("person_id");
    deal.putNull("expected_close_date");
    apply(deal, body, true);
    Instant now = nextChange();
    deal.put("add_time", now.toString());
    deal.put("update_time", now.toString());
    deals.put(nextDealId++, deal);
    return ok(201, deal.deepCopy());
  }

  private synchronized Answer updateDeal(String id, JsonNode body) {
    ObjectNode deal = live(deals, id);
    if (deal == null) {
      return error(404, "Deal not found");
    }
    ObjectNode changed = deal.deepCopy();
    apply(changed, body, false); // validates before anything changes
    changed.put("update_time", nextChange().toString());
    deals.put(deal.path("id").asLong(), changed);
    return ok(200, changed.deepCopy());
  }

  private synchronized Answer deleteDeal(String id) {
    ObjectNode deal = live(deals, id);
    if (deal == null) {
      return error(404, "Deal not found");
    }
    deal.put("status", "deleted");
    deal.put("update_time", nextChange().toString());
    ObjectNode data = JSON.createObjectNode().put("id", deal.path("id").asLong());
    return ok(200, data);
  }

  /** Copies the writable fields of {@code body} into {@code deal}, validating each; a creation needs a title. */
  private synchronized void apply(ObjectNode deal, JsonNode body, boolean creating) {
    if (!body.isObject()) {
      throw new BadRequest("the body must be a JSON object");
    }
    if (creating && (!body.hasNonNull("title") || body.path("title").asText().isBlank())) {
      throw new BadRequest("Deal title is required");
    }
    for (Map.Entry<String, JsonNode> field : body.properties()) {
      JsonNode value = field.getValue();
      switch (field.getKey()) {
        case "title" -> {
          if (value.isNull() || value.asText().isBlank()) {
            throw new BadRequest("Deal title must not be empty");
          }
          deal.put("title", value.asText());
        }
        case "value" -> {
          if (!value.isNumber() || value.decimalValue().signum() < 0) {
            throw new BadRequest("Deal value must be a number of at least 0");
          }
          deal.put("value", value.decimalValue());
        }
        case "currency" -> {
          if (!value.asText("").matches("[A-Z]{3}")) {
            throw new BadRequest("Currency must be a three-letter ISO 4217 code");
          }
          deal.put("currency", value.asText());
        }
        case "stage" -> {
          if (!STAGES.contains(value.asText(""))) {
            throw new BadRequest("Unknown stage '" + value.asText() + "'");
          }
          deal.put("stage", value.asText());
        }
        case "status" -> {
          if (!STATUSES.contains(value.asText(""))) {
            throw new BadRequest("Status must be one of open, won, lost");
          }
          deal.put("status", value.asText());
        }
        case "person_id" -> {
          if (value.isNull()) {
            deal.putNull("person_id");
          } else if (!value.canConvertToLong() || !persons.containsKey(value.asLong())) {
            throw new BadRequest("Person " + value.asText() + " does not exist");
          } else {
            deal.put("person_id", value.asLong());
          }
        }
        case "expected_close_date" -> {
          try {
            deal.put("expected_close_date", value.isNull() ? null : LocalDate.parse(value.asText()).toString());
          } catch (DateTimeParseException e) {
            throw new BadRequest("expected_close_date must be YYYY-MM-DD");
          }
        }
        default -> { } // read-only or unknown fields are ignored, as the CRM does
      }
    }
  }

  private ObjectNode live(TreeMap<Long, ObjectNode> table, String id) {
    try {
      ObjectNode row = table.get(Long.parseLong(id));
      return row == null || "deleted".equals(row.path("status").asText()) ? null : row;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** A change time after every earlier one, so no two changes share a time. */
  private Instant nextChange() {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    lastChange = now.isAfter(lastChange) ? now : lastChange.plusMillis(1);
    return lastChange;
  }

  /** The rows in the API's order: update time, then id. Each time is parsed once (demo: has 5000 deals). */
  private static List<ObjectNode> sorted(TreeMap<Long, ObjectNode> table) {
    record Keyed(Instant updated, long id, ObjectNode row) {}
    return table.values().stream()
        .map(r -> new Keyed(Instant.parse(r.path("update_time").asText()), r.path("id").asLong(), r))
        .sorted(Comparator.comparing(Keyed::updated).thenComparingLong(Keyed::id))
        .map(Keyed::row)
        .toList();
  }

  // --- seed data

  private static final String[] FIRST = {"Ana", "Ben", "Chloé", "Dev", "Eva", "Felix", "Grace", "Hugo", "Ines", "Jonas",
      "Kai", "Lena", "Mateo", "Nora", "Omar", "Pia", "Quinn", "Rosa", "Sami", "Tara"};
  private static final String[] LAST = {"Souza", "Okafor", "Martin", "Patel", "Lindqvist", "Braun", "Kim", "Rossi",
      "García", "Weber", "Tanaka", "Novak"};
  private static final String[] ORGS = {"Northwind Outfitters", "Contoso Retail", "Fabrikam", "Adventure Works",
      "Tailspin Toys", "Wide World Importers", "Litware", "Proseware"};
  private static final String[] PRODUCTS = {"CRM licences", "Onboarding package", "Support renewal", "Data migration",
      "Analytics add-on", "Training days", "Enterprise upgrade", "API access"};
  private static final String[] CURRENCIES = {"EUR", "USD", "GBP"};
  private static final String[] STAGE_ORDER =
      {"qualified", "contact_made", "demo_scheduled", "proposal_made", "negotiations_started"};

  private void seed() {
    Random random = new Random(20250602L);
    Instant time = SEED_START;
    for (long id = 1; id <= options.persons(); id++) {
      time = time.plus(Duration.ofMinutes(1 + random.nextInt(30)));
      String first = FIRST[random.nextInt(FIRST.length)];
      String last = LAST[random.nextInt(LAST.length)];
      String org = ORGS[random.nextInt(ORGS.length)];
      ObjectNode person = JSON.createObjectNode();
      person.put("id", id).put("name", first + " " + last).put("org_name", org);
      ArrayNode emails = person.putArray("email");
      String handle = (first + "." + last).toLowerCase(Locale.ROOT).replace("é", "e").replace("í", "i");
      emails.addObject().put("value", handle + "@" + org.toLowerCase(Locale.ROOT).replace(" ", "") + ".example")
          .put("primary", true);
      if (random.nextInt(3) == 0) {
        emails.addObject().put("value", handle + id + "@mail.example").put("primary", false);
      }
      person.putArray("phone").addObject().put("value", String.format(Locale.ROOT, "+49 30 %07d", random.nextInt(10_000_000)))
          .put("primary", true);
      person.put("add_time", time.toString()).put("update_time", time.toString());
      persons.put(id, person);
    }
    time = SEED_START;
    for (long id = 1; id <= options.deals(); id++) {
      // Deals are added a few minutes apart and changed later; every tenth changes at the same second as the one
      // before, so reads meet equal watermarks.
      time = time.plus(Duration.ofMinutes(2 + random.nextInt(20)));
      Instant updated = id % 10 == 0 ? Instant.parse(deals.get(id - 1).path("update_time").asText())
          : time.plus(Duration.ofMinutes(random.nextInt(600)));
      if (updated.isBefore(time)) {
        updated = time;
      }
      ObjectNode deal = JSON.createObjectNode();
      String status = switch (random.nextInt(10)) {
        case 0, 1 -> "won";
        case 2 -> "lost";
        default -> "open";
      };
      deal.put("id", id)
          .put("title", PRODUCTS[random.nextInt(PRODUCTS.length)] + " for " + ORGS[random.nextInt(ORGS.length)])
          .put("value", BigDecimal.valueOf(500 + random.nextInt(99_500), 0).add(BigDecimal.valueOf(random.nextInt(100), 2)))
          .put("currency", CURRENCIES[random.nextInt(CURRENCIES.length)])
          .put("stage", STAGE_ORDER[random.nextInt(STAGE_ORDER.length)])
          .put("status", status);
      if (options.persons() > 0) {
        deal.put("person_id", 1 + random.nextInt(options.persons()));
      } else {
        deal.putNull("person_id");
      }
      deal.put("expected_close_date", LocalDate.of(2025, 7, 1).plusDays(random.nextInt(120)).toString())
          .put("add_time", time.toString())
          .put("update_time", updated.toString());
      deals.put(id, deal);
    }
    nextDealId = options.deals() + 1;
  }

  // --- answers

  private record Answer(int status, JsonNode body, Map<String, String> headers) {
    Answer with(String name, String value) {
      Map<String, String> more = new LinkedHashMap<>(headers);
      more.put(name, value);
      return new Answer(status, body, more);
    }
  }

  private static Answer ok(int status, JsonNode data) {
    ObjectNode body = JSON.createObjectNode();
    body.put("success", true);
    body.set("data", data);
    return new Answer(status, body, Map.of());
  }

  private static Answer error(int status, String message) {
    ObjectNode body = JSON.createObjectNode();
    body.put("success", false).put("error", message).put("errorCode", status);
    return new Answer(status, body, Map.of());
  }

  /** A request the API refuses with 400 and this message. */
  private static final class BadRequest extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadRequest(String message) {
      super(message, null, false, false);
    }
  }

  private static Map<String, String> parseQuery(String raw) {
    Map<String, String> query = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return query;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      query.put(name, value);
    }
    return query;
  }

  private static Instant instantParam(Map<String, String> query, String name) {
    String value = query.get(name);
    if (value == null || value.isEmpty()) {
      return null;
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new BadRequest(name + " must be an ISO-8601 time such as 2025-06-02T08:00:00Z");
    }
  }

  private static int intParam(Map<String, String> query, String name, int fallback, int min, int max) {
    String value = query.get(name);
    if (value == null || value.isEmpty()) {
      return fallback;
    }
    try {
      int number = Integer.parseInt(value);
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new BadRequest(name + " must be a number from " + min + " to " + max);
  }

  // --- command line

  /**
   * {@code DemoCrmServer [--port 8089] [--records 250] [--persons 40] [--token demo-token] [--throttle-every N]
   * [--retry-after 1]}: serves until the process is stopped (Ctrl-C).
   */
  public static void main(String[] args) throws Exception {
    Options options;
    try {
      options = parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      usage(System.err);
      System.exit(2);
      return;
    }
    if (options == null) {
      usage(System.out);
      return;
    }
    DemoCrmServer server;
    try {
      server = start(options);
    } catch (java.net.BindException e) {
      System.err.println("error: cannot listen on 127.0.0.1:" + options.port() + ": " + e.getMessage()
          + " (pick another --port, or 0 for any free one)");
      System.exit(1);
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }));
    System.out.println("Demo CRM API on " + server.endpoint() + " (token " + options.token() + "): "
        + options.deals() + " deals, " + options.persons() + " persons"
        + (options.throttleEvery() > 0 ? "; every " + ordinal(options.throttleEvery()) + " request answers 429"
            + " (Retry-After: " + options.retryAfterSeconds() + ")" : ""));
    System.out.println("Stop it with Ctrl-C.");
    stopped.await();
  }

  private static String ordinal(int n) {
    if (n == 1) {
      return "single";
    }
    int tens = n % 100;
    String suffix = tens >= 11 && tens <= 13 ? "th" : switch (n % 10) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
    return n + suffix;
  }

  private static Options parse(String[] args) {
    Options options = new Options(8089, 250, 40, DEFAULT_TOKEN, 0, 1);
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--help") || arg.equals("-h")) {
        return null;
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("missing value for " + arg);
      }
      String value = args[++i];
      switch (arg) {
        case "--port" -> options = options.withPort(number(arg, value));
        case "--records" -> options = new Options(options.port(), number(arg, value), options.persons(), options.token(),
            options.throttleEvery(), options.retryAfterSeconds());
        case "--persons" -> options = options.withPersons(number(arg, value));
        case "--token" -> options = options.withToken(value);
        case "--throttle-every" -> options = options.withThrottleEvery(number(arg, value));
        case "--retry-after" -> options = options.withRetryAfterSeconds(number(arg, value));
        default -> throw new IllegalArgumentException("unknown option " + arg);
      }
    }
    return options;
  }

  private static int number(String option, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " needs a number, got '" + value + "'");
    }
  }

  private static void usage(PrintStream out) {
    out.println("Usage: java -cp example-connector.jar dev.dovetail.example.crm.DemoCrmServer [--port 8089]"
        + " [--records 250] [--persons 40] [--token demo-token] [--throttle-every N] [--retry-after 1]");
    out.println("A Pipedrive-style CRM API in memory on 127.0.0.1, for the demo_crm synapse. --port 0 picks a free port.");
  }
}
