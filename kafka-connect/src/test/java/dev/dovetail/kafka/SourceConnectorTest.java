package dev.dovetail.kafka;

import static com.google.common.truth.Truth.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dovetail.example.crm.DemoCrmServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.provider.FileConfigProvider;
import org.apache.kafka.connect.runtime.rest.entities.ConfigInfo;
import org.apache.kafka.connect.runtime.rest.entities.TaskInfo;
import org.apache.kafka.connect.util.clusters.EmbeddedConnectCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Synapse entities read into topics by a real Connect worker: the example's CRM deals (its demo CRM is a real local
 * HTTP server) through the generic connector, stopped in a quota back-off and resumed with no gap and no duplicate;
 * and the memos of a test synapse through its generated connector, whose secret API key Connect treats as a password.
 */
class SourceConnectorTest {
  private static final Path LOG = Path.of("target/kafka-connect-tests.log");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String MEMO_KEY = "memo-key-7f3a9c21e5";

  @TempDir static Path secrets;
  private static EmbeddedConnectCluster connect;

  @BeforeAll
  static void startCluster() throws IOException {
    Files.writeString(secrets.resolve("memo.properties"), "apiKey=" + MEMO_KEY + "\n");
    // Secrets stay out of connector configs: the worker resolves ${file:<path>:<key>} references.
    connect = ConnectCluster.start("dovetail-source", Map.of("config.providers", "file",
        "config.providers.file.class", FileConfigProvider.class.getName()));
  }

  @AfterAll
  static void stopCluster() {
    if (connect != null) {
      connect.stop();
    }
  }

  @Test
  void crmDealsResumeAfterAStopInAQuotaBackOffWithNoGapAndNoDuplicate() throws Exception {
    int deals = 600; // six pages of 100
    String topic = "crm-deals";
    String name = "crm-deals";
    connect.kafka().createTopic(topic, 1);
    DemoCrmServer throttled = DemoCrmServer.start(
        DemoCrmServer.Options.defaults(deals).withThrottleEvery(4).withRetryAfterSeconds(120));
    int port = throttled.port();
    Map<String, String> config = new HashMap<>();
    config.put("connector.class", DovetailSourceConnector.class.getName());
    config.put("tasks.max", "1");
    config.put(SourceConfig.SYNAPSE, "demo_crm");
    config.put(SourceConfig.ENTITY, "deal");
    config.put(SourceConfig.TOPIC, topic);
    config.put(SourceConfig.POLL_INTERVAL_MS, "500");
    config.put("connection.endpoint", throttled.endpoint());
    config.put("connection.accessToken", DemoCrmServer.DEFAULT_TOKEN);
    config.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
    config.put("value.converter", "org.apache.kafka.connect.storage.StringConverter");
    List<String> order = new ArrayList<>();
    Map<String, String> titles = new HashMap<>();
    for (JsonNode deal : throttled.deals()) {
      order.add(deal.path("id").asText());
      titles.put(deal.path("id").asText(), deal.path("title").asText());
    }

    DemoCrmServer crm;
    try (throttled) {
      connect.configureConnector(name, config);
      // Requests 1-3 read 300 deals; the 4th is answered 429 "retry after 120 s", which the READ cycle waits out.
      ConnectCluster.await(60, "the quota back-off in the log",
          () -> log().contains("entity deal of synapse demo_crm: ") && log().contains("retry 1 of 5 in 120 s"));
      ConnectCluster.await(60, "300 deals in " + topic, () -> count(topic) == 300);
      connect.stopConnector(name);
      connect.assertions().assertConnectorIsStopped(name, "the connector did not stop");
    }
    // The task left its back-off at once: Connect did not have to give up on it.
    assertThat(log()).doesNotContain("Graceful stop of task " + name);
    assertThat(log()).contains("stopped: entity deal of synapse demo_crm: 300 records written");

    crm = DemoCrmServer.start(DemoCrmServer.Options.defaults(deals).withPort(port)); // the same data, no quota
    try (crm) {
      connect.resumeConnector(name);
      ConnectCluster.await(60, deals + " deals in " + topic, () -> count(topic) >= deals);
      // Changes after the first full read: two updates and a delete, read by a later cycle.
      change(crm, "PUT", 5, "{\"title\": \"Renewal for Contoso\"}");
      change(crm, "PUT", 17, "{\"title\": \"Upsell for Fabrikam\"}");
      change(crm, "DELETE", 42, null);
      ConnectCluster.await(60, (deals + 3) + " records in " + topic, () -> count(topic) >= deals + 3);
      Thread.sleep(1_500); // three more poll intervals: nothing else arrives

      List<ConsumerRecord<byte[], byte[]>> records = records(topic);
      List<String> keys = new ArrayList<>();
      for (ConsumerRecord<byte[], byte[]> record : records) {
        keys.add(new String(record.key(), StandardCharsets.UTF_8));
      }
      List<String> expected = new ArrayList<>(order);
      expected.addAll(List.of("5", "17", "42"));
      assertThat(keys).containsExactlyElementsIn(expected).inOrder();
      for (int i = 0; i < deals; i++) {
        assertThat(JSON.readTree(records.get(i).value()).path("title").asText()).isEqualTo(titles.get(keys.get(i)));
        assertThat(records.get(i).timestamp()).isGreaterThan(0L);
      }
      assertThat(JSON.readTree(records.get(deals).value()).path("title").asText()).isEqualTo("Renewal for Contoso");
      assertThat(JSON.readTree(records.get(deals + 1).value()).path("title").asText()).isEqualTo("Upsell for Fabrikam");
      assertThat(records.get(deals + 2).value()).isNull(); // the delete is a tombstone
    } finally {
      connect.deleteConnector(name);
    }
  }

  @Test
  void theGeneratedConnectorReadsWithAPasswordTheRestApiDoesNotShow() throws Exception {
    String topic = "memo_service.memo";
    String name = "memos";
    String reference = "${file:" + secrets.resolve("memo.properties") + ":apiKey}";
    connect.kafka().createTopic(topic, 1);
    try (MemoServer memos = new MemoServer(MEMO_KEY)) {
      memos.add("m1", 1_000, "first");
      memos.add("m2", 2_000, "second");
      memos.add("m3", 2_000, "third, at the same instant");
      Map<String, String> config = new HashMap<>();
      config.put("connector.class", "dev.dovetail.kafka.testing.MemoSynapseSourceConnector"); // generated
      config.put("tasks.max", "1");
      config.put(SourceConfig.ENTITY, "memo");
      config.put(SourceConfig.POLL_INTERVAL_MS, "200");
      config.put("connection.endpoint", memos.endpoint());
      config.put("connection.apiKey", reference);
      config.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
      config.put("value.converter", "org.apache.kafka.connect.storage.StringConverter");

      // Validation shows the declared keys; the API key is a password, its value hidden.
      Map<String, String> literal = new HashMap<>(config);
      literal.put("connection.apiKey", MEMO_KEY);
      literal.put("name", name);
      Map<String, ConfigInfo> infos = new HashMap<>();
      for (ConfigInfo info : connect.validateConnectorConfig("MemoSynapseSourceConnector", literal).configs()) {
        infos.put(info.configKey() == null ? info.configValue().name() : info.configKey().name(), info);
      }
      assertThat(infos.get("connection.apiKey").configKey().type()).isEqualTo("PASSWORD");
      assertThat(infos.get("connection.apiKey").configValue().value()).isEqualTo("[hidden]");
      assertThat(infos.get("connection.endpoint").configKey().required()).isTrue();
      assertThat(infos.get(SourceConfig.TOPIC).configValue().errors()).isEmpty();

      connect.configureConnector(name, config);
      ConnectCluster.await(60, "3 memos in " + topic, () -> count(topic) >= 3);
      memos.add("m4", 3_000, "fourth");
      ConnectCluster.await(30, "the 4th memo in " + topic, () -> count(topic) >= 4);

      List<String> lines = new ArrayList<>();
      for (ConsumerRecord<byte[], byte[]> record : records(topic)) {
        lines.add(new String(record.key(), StandardCharsets.UTF_8) + " " + new String(record.value(),
            StandardCharsets.UTF_8) + " @" + record.timestamp());
      }
      assertThat(lines).containsExactly(
          "m1 {\"memo_id\":\"m1\",\"text\":\"first\",\"updated\":1000} @1000",
          "m2 {\"memo_id\":\"m2\",\"text\":\"second\",\"updated\":2000} @2000",
          "m3 {\"memo_id\":\"m3\",\"text\":\"third, at the same instant\",\"updated\":2000} @2000",
          "m4 {\"memo_id\":\"m4\",\"text\":\"fourth\",\"updated\":3000} @3000").inOrder();
      assertThat(memos.refused()).isEqualTo(0);
      // What Connect shows of the connector and its task holds the reference, never the key.
      String shown = rest("connectors/" + name) + rest("connectors/" + name + "/config")
          + rest("connectors/" + name + "/tasks");
      assertThat(shown).contains("connection.apiKey");
      assertThat(shown).doesNotContain(MEMO_KEY);
      for (TaskInfo task : connect.taskConfigs(name)) {
        assertThat(task.config().get("connection.apiKey")).isEqualTo(reference);
      }
    } finally {
      connect.deleteConnector(name);
    }
    assertThat(log()).contains("reading entity memo of synapse memo_service into topic " + topic);
    assertThat(log()).doesNotContain(MEMO_KEY);
  }

  /** A GET of Connect's REST API, as a client sees it. */
  private static String rest(String resource) throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(connect.endpointForResource(resource))).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  private static void change(DemoCrmServer crm, String method, long id, String body) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(crm.endpoint() + "v1/deals/" + id))
        .header("Authorization", "Bearer " + DemoCrmServer.DEFAULT_TOKEN)
        .header("Content-Type", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
        .build();
    HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
  }

  private static int count(String topic) {
    return records(topic).size();
  }

  private static List<ConsumerRecord<byte[], byte[]>> records(String topic) {
    List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
    try {
      connect.kafka().consumeAll(30_000, topic).forEach(records::add);
    } catch (Exception e) {
      throw new AssertionError("cannot read " + topic, e);
    }
    return records;
  }

  private static String log() {
    try {
      return Files.exists(LOG) ? Files.readString(LOG) : "";
    } catch (IOException e) {
      throw new AssertionError("cannot read " + LOG, e);
    }
  }
}
