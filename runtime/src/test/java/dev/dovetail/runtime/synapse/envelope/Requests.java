package dev.dovetail.runtime.synapse.envelope;

import dev.dovetail.runtime.testing.synapse.TestCrmSynapseDispatcher;

/** Request envelopes as the platform sends them, written out as JSON text. */
final class Requests {
  static final String TOKEN = "tok-7f3a9c";
  static final String API_SECRET = "sek-55e1b0";

  /** A connection with secrets, configured fields and a key Dovetail does not model ({@code endpoint}). */
  static final String CONNECTION = "{\"name\": \"my-crm\", \"authConfig\": {\"endpoint\": \"https://crm.example/\","
      + " \"token\": \"" + TOKEN + "\", \"lastRefreshed\": null, \"additionalHeaders\": {\"apiSecret\": \""
      + API_SECRET + "\"}}, \"metaConfig\": {\"region\": \"eu\"}, \"endpoint\": \"https://crm.example/\","
      + " \"custom\": {\"nested\": [1, 2]}}";

  static final String PLACEHOLDER = "{\"name\": \"test_crm\", \"authConfig\": {\"endpoint\": \"https://dummyendpoint\"}}";

  private Requests() {}

  static String envelope(String type, String body) {
    return envelope(type, CONNECTION, body);
  }

  static String envelope(String type, String connection, String body) {
    return "{\"type\": \"" + type + "\", \"connection\": " + connection + ", \"body\": " + body
        + ", \"host\": \"app.syncari.com\", \"syncariId\": \"syn-1\"}";
  }

  /** A READ of deals with this watermark JSON. */
  static String read(String watermark) {
    return envelope("READ", "{\"entity\": " + TestCrmSynapseDispatcher.DEAL_SCHEMA
        + ", \"entityWithMappedFields\": null, \"watermark\": " + watermark + "}");
  }

  static String watermark(long start, long end, Integer limit) {
    return "{\"start\": " + start + ", \"end\": " + end + ", \"offset\": 0, \"limit\": " + limit
        + ", \"cursor\": null, \"isResync\": false, \"isTest\": false, \"initial\": false}";
  }

  /** A CRUD request on deals; {@code records} are Record objects. */
  static String write(String type, String... records) {
    return envelope(type, "{\"entity\": " + TestCrmSynapseDispatcher.DEAL_SCHEMA + ", \"data\": ["
        + String.join(", ", records) + "]}");
  }

  static String record(String id, String syncariId, String values) {
    return "{\"name\": \"deal\", \"id\": " + quoted(id) + ", \"syncariEntityId\": " + quoted(syncariId)
        + ", \"deleted\": false, \"values\": " + values + ", \"lastModified\": null, \"createdAt\": null}";
  }

  private static String quoted(String text) {
    return text == null ? "null" : "\"" + text + "\"";
  }
}
