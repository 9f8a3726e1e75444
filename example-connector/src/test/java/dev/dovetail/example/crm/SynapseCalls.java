package dev.dovetail.example.crm;

import static com.google.common.truth.Truth.assertWithMessage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dovetail.runtime.synapse.envelope.EnvelopeHandler;
import dev.dovetail.runtime.synapse.envelope.Reply;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Request envelopes for the {@code demo_crm} synapse, answered in-process by the runtime's {@link EnvelopeHandler}
 * over the generated {@code CrmSynapseDispatcher}, exactly as {@code invoke} and {@code serve} answer them.
 */
final class SynapseCalls {
  static final ObjectMapper JSON = new ObjectMapper();

  private final EnvelopeHandler handler;
  private final String endpoint;
  private final String token;

  SynapseCalls(String endpoint, String token, Clock clock) {
    this.handler = new EnvelopeHandler(new CrmSynapseDispatcher(), clock);
    this.endpoint = endpoint;
    this.token = token;
  }

  SynapseCalls(String endpoint, String token) {
    this(endpoint, token, Clock.systemUTC());
  }

  /** The envelope of a request: {@code {type, connection, body}}, the connection as the platform sends it. */
  ObjectNode envelope(String type, ObjectNode body) {
    ObjectNode envelope = JSON.createObjectNode();
    envelope.put("type", type);
    ObjectNode connection = envelope.putObject("connection");
    connection.put("name", "demo_crm");
    ObjectNode auth = connection.putObject("authConfig");
    auth.put("endpoint", endpoint);
    auth.put("accessToken", token);
    auth.putNull("lastRefreshed");
    connection.putObject("metaConfig");
    envelope.set("body", body);
    envelope.put("syncariId", "syncari-test");
    return envelope;
  }

  Reply send(ObjectNode envelope) {
    return handler.handle(envelope.toString());
  }

  Reply call(String type, ObjectNode body) {
    return send(envelope(type, body));
  }

  /** A READ of {@code entity} with this watermark. */
  Reply read(String entity, ObjectNode watermark) {
    ObjectNode body = JSON.createObjectNode();
    body.putObject("entity").put("apiName", entity);
    body.set("watermark", watermark);
    return call("READ", body);
  }

  /** The records of an operation on {@code entity}: {@code body.data}. */
  Reply records(String type, String entity, List<ObjectNode> records) {
    ObjectNode body = JSON.createObjectNode();
    body.putObject("entity").put("apiName", entity);
    ArrayNode data = body.putArray("data");
    records.forEach(data::add);
    return call(type, body);
  }

  static ObjectNode watermark(long start, long end) {
    ObjectNode watermark = JSON.createObjectNode();
    watermark.put("start", start).put("end", end).put("offset", 0).put("limit", 0).putNull("cursor");
    watermark.put("isResync", false).put("isTest", false).put("initial", false);
    return watermark;
  }

  /** A record of CREATE/UPDATE/DELETE/GET_BY_ID: {@code {id, syncariEntityId, values}}. */
  static ObjectNode record(String id, String syncariEntityId, ObjectNode values) {
    ObjectNode record = JSON.createObjectNode();
    record.put("id", id);
    record.put("syncariEntityId", syncariEntityId);
    record.set("values", values == null ? JSON.createObjectNode() : values);
    return record;
  }

  static ObjectNode values() {
    return JSON.createObjectNode();
  }

  static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A successful reply, parsed. */
  static JsonNode ok(Reply reply) {
    assertWithMessage("reply: %s", reply.body()).that(reply.isError()).isFalse();
    return parse(reply.body());
  }

  /** A list reply: each element is a JSON string holding one object (the contract's double encoding). */
  static List<JsonNode> list(Reply reply) {
    JsonNode array = ok(reply);
    assertWithMessage("reply: %s", reply.body()).that(array.isArray()).isTrue();
    List<JsonNode> elements = new ArrayList<>();
    for (JsonNode element : array) {
      assertWithMessage("list elements are JSON strings: %s", reply.body()).that(element.isTextual()).isTrue();
      elements.add(parse(element.asText()));
    }
    return elements;
  }

  /** An error reply, parsed: exactly {@code status_code}, {@code message}, {@code detail}. */
  static JsonNode error(Reply reply, int status) {
    assertWithMessage("reply: %s", reply.body()).that(reply.isError()).isTrue();
    JsonNode body = parse(reply.body());
    List<String> keys = new ArrayList<>();
    body.fieldNames().forEachRemaining(keys::add);
    assertWithMessage("error body keys: %s", reply.body()).that(keys).containsExactly("status_code", "message", "detail");
    assertWithMessage("reply: %s", reply.body()).that(body.get("status_code").asInt()).isEqualTo(status);
    return body;
  }
}
