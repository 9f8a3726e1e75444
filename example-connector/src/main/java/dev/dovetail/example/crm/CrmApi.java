package dev.dovetail.example.crm;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dovetail.runtime.synapse.Connection;
import dev.dovetail.runtime.synapse.QuotaExceededException;
import dev.dovetail.runtime.synapse.SynapseException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CRM's REST API as the synapse uses it: JSON over HTTP with the API token as a bearer token, answers wrapped in
 * {@code {"success": ..., "data": ..., "additional_data": ...}} (Pipedrive's shape).
 *
 * <p>One {@link HttpClient} serves every call (the synapse itself is created per request). Upstream statuses become
 * the contract's errors in one place, {@link #callError}: 401/403 as they are, 429 as a
 * {@link QuotaExceededException} with the upstream {@code Retry-After}, 500 as a final 500, 502/503/504 as themselves
 * (the platform retries those), a network failure or timeout as 503. The token travels only in the
 * {@code Authorization} header; it is never part of a URL, a log line or an error message.
 */
final class CrmApi {
  private static final Logger log = LoggerFactory.getLogger(CrmApi.class);

  static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  static final String USER_AGENT = "dovetail-example-crm-synapse/0.1 (+https://dovetail.dev)";
  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
  /** The wait asked of the platform when the CRM rate-limits without a usable {@code Retry-After}. */
  static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(10);

  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .connectTimeout(CONNECT_TIMEOUT)
      .followRedirects(HttpClient.Redirect.NEVER)
      .build();

  private final URI base;
  private final String token;

  private CrmApi(URI base, String token) {
    this.base = base;
    this.token = token;
  }

  /**
   * The API behind a connection: {@code authConfig.endpoint} and the {@code accessToken} field. The endpoint
   * {@code demo:} or {@code demo:N} is the in-process demo CRM ({@link DemoEndpoint}), whose token is the default when
   * the connection has none.
   */
  static CrmApi of(Connection connection) throws SynapseException {
    String endpoint = connection.endpoint();
    if (DemoEndpoint.isDemo(endpoint)) {
      DemoCrmServer server = DemoEndpoint.server(endpoint);
      String token = connection.field("accessToken");
      return new CrmApi(URI.create(server.endpoint()), token == null || token.isBlank() ? server.options().token() : token);
    }
    if (endpoint == null || endpoint.isBlank()) {
      throw new SynapseException(400, "The connection has no endpoint", "set the CRM's API URL, e.g. https://crm.example.com/");
    }
    String token = connection.field("accessToken");
    if (token == null || token.isBlank()) {
      throw new SynapseException(401, "The connection has no API token", "set accessToken");
    }
    URI base;
    try {
      base = URI.create(endpoint.endsWith("/") ? endpoint : endpoint + "/");
    } catch (IllegalArgumentException e) {
      throw new SynapseException(400, "The endpoint is not a URL", e.getMessage());
    }
    if (!"http".equals(base.getScheme()) && !"https".equals(base.getScheme())) {
      throw new SynapseException(400, "The endpoint is not an http(s) URL", endpoint);
    }
    return new CrmApi(base, token);
  }

  /** A query string from name/value pairs (null values left out), for {@link #get}. */
  static Map<String, String> query(String... namesAndValues) {
    Map<String, String> query = new LinkedHashMap<>();
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      if (namesAndValues[i + 1] != null) {
        query.put(namesAndValues[i], namesAndValues[i + 1]);
      }
    }
    return query;
  }

  Response get(String path, Map<String, String> query) throws SynapseException {
    StringJoiner joined = new StringJoiner("&");
    query.forEach((name, value) -> joined.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
    String target = query.isEmpty() ? path : path + "?" + joined;
    return send("GET", target, HttpRequest.BodyPublishers.noBody());
  }

  Response post(String path, ObjectNode body) throws SynapseException {
    return send("POST", path, json(body));
  }

  Response put(String path, ObjectNode body) throws SynapseException {
    return send("PUT", path, json(body));
  }

  Response delete(String path) throws SynapseException {
    return send("DELETE", path, HttpRequest.BodyPublishers.noBody());
  }

  private Response send(String method, String target, HttpRequest.BodyPublisher body) throws SynapseException {
    URI uri = base.resolve(target);
    HttpRequest request = HttpRequest.newBuilder(uri)
        .method(method, body)
        .timeout(REQUEST_TIMEOUT)
        .header("Accept", "application/json")
        .header("Content-Type", "application/json")
        .header("User-Agent", USER_AGENT)
        .header("Authorization", "Bearer " + token)
        .build();
    String call = method + " " + uri.getRawPath();
    HttpResponse<String> response;
    try {
      response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (HttpTimeoutException e) {
      throw new SynapseException(503, "The CRM did not answer " + call + " in time", e.getMessage());
    } catch (IOException e) {
      throw new SynapseException(503, "Cannot reach the CRM at " + base.getHost() + ":" + port(base), e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SynapseException(503, "Interrupted while calling the CRM", call);
    }
    log.debug("{} {} -> {}", method, uri.getRawPath(), response.statusCode());
    JsonNode json = parse(response.body());
    return new Response(call, response.statusCode(), json,
        response.headers().firstValue("Retry-After").orElse(null));
  }

  private static int port(URI uri) {
    return uri.getPort() != -1 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
  }

  private static HttpRequest.BodyPublisher json(ObjectNode body) {
    try {
      return HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body));
    } catch (IOException e) {
      throw new IllegalStateException("cannot write a JSON request body", e);
    }
  }

  private static JsonNode parse(String body) {
    if (body == null || body.isBlank()) {
      return MissingNode.getInstance();
    }
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      return MissingNode.getInstance(); // not JSON (e.g. a proxy's HTML error page): the status decides
    }
  }

  /** One answer of the CRM. */
  record Response(String call, int status, JsonNode body, String retryAfter) {

    boolean ok() {
      return status >= 200 && status < 300;
    }

    /** The {@code data} member of a successful answer. */
    JsonNode data() {
      return body.path("data");
    }

    /** The CRM's own error text ({@code error}, then {@code error_info}), or {@code null}. */
    String errorText() {
      String error = body.path("error").asText(null);
      String info = body.path("error_info").asText(null);
      if (error == null) {
        return info;
      }
      return info == null ? error : error + " (" + info + ")";
    }

    /**
     * A failure that concerns the whole call rather than one record: bad credentials, rate limit, outage. For
     * anything else (a validation error, a missing record) {@code null}: the caller decides per record.
     */
    SynapseException callError() {
      switch (status) {
        case 401:
          return new SynapseException(401, "The CRM rejected the API token", errorText());
        case 403:
          return new SynapseException(403, "The API token may not " + call, errorText());
        case 429:
          return new QuotaExceededException(CrmApi.retryAfter(retryAfter), "The CRM's rate limit was reached (" + call + ")");
        case 500: case 502: case 503: case 504:
          // 500 stays a final failure; 502, 503 and 504 are retried by the platform.
          return new SynapseException(status, "The CRM failed on " + call + " with HTTP " + status, errorText());
        default:
          return status >= 500 ? new SynapseException(500, "The CRM failed on " + call + " with HTTP " + status, errorText())
              : null;
      }
    }

    /** Throws {@link #callError()} or, for any other non-2xx status, a {@link SynapseException} with that status. */
    Response orThrow() throws SynapseException {
      if (ok()) {
        return this;
      }
      SynapseException error = callError();
      throw error != null ? error
          : new SynapseException(status, "The CRM answered HTTP " + status + " to " + call, errorText());
    }
  }

  /** {@code Retry-After} as seconds or an HTTP date; {@link #DEFAULT_RETRY_AFTER} when absent or unreadable. */
  static Duration retryAfter(String header) {
    if (header == null || header.isBlank()) {
      return DEFAULT_RETRY_AFTER;
    }
    try {
      long seconds = Long.parseLong(header.trim());
      return seconds >= 0 ? Duration.ofSeconds(seconds) : DEFAULT_RETRY_AFTER;
    } catch (NumberFormatException notSeconds) {
      try {
        Duration wait = Duration.between(java.time.Instant.now(),
            ZonedDateTime.parse(header.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        return wait.isNegative() ? Duration.ZERO : wait;
      } catch (DateTimeParseException notADate) {
        return DEFAULT_RETRY_AFTER;
      }
    }
  }
}
