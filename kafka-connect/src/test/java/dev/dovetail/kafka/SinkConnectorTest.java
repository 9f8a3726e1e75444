package dev.dovetail.kafka;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.connect.runtime.rest.entities.ConfigInfo;
import org.apache.kafka.connect.util.clusters.EmbeddedConnectCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example's {@code asset_sqlite} destination run as a Kafka Connect sink by a real worker, consuming topics of a
 * real broker into SQLite files: upserts and deletes, a retryable failure (a write lock held on the database),
 * poison records in the dead letter queue.
 */
class SinkConnectorTest {
  private static final Path LOG = Path.of("target/kafka-connect-tests.log");
  private static EmbeddedConnectCluster connect;

  @TempDir Path dir;

  @BeforeAll
  static void startCluster() {
    connect = ConnectCluster.start("dovetail-sink");
  }

  @AfterAll
  static void stopCluster() {
    if (connect != null) {
      connect.stop();
    }
  }

  @Test
  void upsertsAndDeletesFromATopicLandInSqlite() throws Exception {
    Path db = dir.resolve("assets.db");
    String topic = "assets-crud";
    connect.kafka().createTopic(topic, 1);
    Map<String, String> config = sink(topic, db);
    // Values as schemaless JSON (the converter gives Maps); keys as plain strings.
    config.put("value.converter", "org.apache.kafka.connect.json.JsonConverter");
    config.put("value.converter.schemas.enable", "false");
    connect.configureConnector("assets-crud", config);

    connect.kafka().produce(topic, "a1", asset("a1", "first.png"));
    connect.kafka().produce(topic, "a2", asset("a2", "second.png"));
    connect.kafka().produce(topic, "a3", asset("a3", "third.png"));
    connect.kafka().produce(topic, "a1", asset("a1", "first-renamed.png"));
    connect.kafka().produce(topic, "a2", "{\"asset_id\": \"a2\", \"_isDeleted\": true}"); // delete by flag
    connect.kafka().produce(topic, "a3", null); // tombstone, plain key
    connect.kafka().produce(topic, "a4", asset("a4", "fourth.png"));
    connect.kafka().produce(topic, "{\"asset_id\": \"a4\"}", null); // tombstone, JSON key
    connect.kafka().produce(topic, "a5", asset("a5", "fifth.png"));

    ConnectCluster.await(60, "a1 renamed and a5 in " + db,
        () -> rows(db).equals(Map.of("a1", "first-renamed.png", "a5", "fifth.png")));
    Thread.sleep(1_000); // nothing else arrives: a2, a3 and a4 stay deleted
    assertThat(rows(db)).containsExactly("a1", "first-renamed.png", "a5", "fifth.png");
    connect.deleteConnector("assets-crud");
  }

  @Test
  void aRetryableFailureIsRedeliveredUntilItSucceeds() throws Exception {
    Path db = dir.resolve("locked.db");
    String topic = "assets-locked";
    connect.kafka().createTopic(topic, 1);
    Map<String, String> config = sink(topic, db);
    config.put("settings.sqlite.busy_timeout_ms", "100"); // a held lock fails a batch (retryably) after 100 ms
    config.put(SinkConfig.MAX_RETRIES, "10");
    config.put(SinkConfig.BACKOFF_MS, "200");
    config.put(SinkConfig.MAX_BACKOFF_MS, "1000");
    connect.configureConnector("assets-locked", config);
    connect.assertions().assertConnectorAndExactlyNumTasksAreRunning("assets-locked", 1, "sink did not start");
    ConnectCluster.await(30, "the assets table created by ready()", () -> Files.exists(db));

    try (Connection lock = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      lock.setAutoCommit(false);
      try (Statement statement = lock.createStatement()) {
        // An uncommitted write holds the database's write lock until the rollback below.
        statement.executeUpdate("DELETE FROM assets");
      }
      connect.kafka().produce(topic, "r1", asset("r1", "one.png"));
      connect.kafka().produce(topic, "r2", asset("r2", "two.png"));
      // Connect redelivers the batch after each failure (attempt 1, 2, ...) while the lock is held.
      // r1 alone, or r1 and r2 in one batch ("(<topic>-0@0 to <topic>-0@1)"): whichever the first poll returned.
      Pattern secondFailure = failedRetryably(topic, 2);
      ConnectCluster.await(30, "two failed deliveries in the log", () -> secondFailure.matcher(log()).find());
      assertThat(rows(db)).isEmpty();
      lock.rollback();
    }

    ConnectCluster.await(30, "r1 and r2 in " + db, () -> rows(db).size() == 2);
    assertThat(rows(db)).containsExactly("r1", "one.png", "r2", "two.png");
    assertThat(log()).containsMatch(failedRetryably(topic, 1));
    connect.assertions().assertConnectorAndExactlyNumTasksAreRunning("assets-locked", 1, "the task failed");
    connect.deleteConnector("assets-locked");
  }

  @Test
  void poisonRecordsGoToTheDeadLetterQueueAndTheRestIsDelivered() throws Exception {
    Path db = dir.resolve("poison.db");
    String topic = "assets-poison";
    String dlq = topic + "-dlq";
    connect.kafka().createTopic(topic, 1);
    Map<String, String> config = sink(topic, db);
    config.put("errors.tolerance", "all");
    config.put("errors.deadletterqueue.topic.name", dlq);
    config.put("errors.deadletterqueue.topic.replication.factor", "1");
    config.put("errors.deadletterqueue.context.headers.enable", "true");
    connect.configureConnector("assets-poison", config);

    connect.kafka().produce(topic, "p1", asset("p1", "good-1.png"));
    connect.kafka().produce(topic, "bad-json", "{\"asset_id\": \"x\", ");
    connect.kafka().produce(topic, "no-name", asset("no-name", null)); // the database refuses: name is NOT NULL
    connect.kafka().produce(topic, "p2", asset("p2", "good-2.png"));
    connect.kafka().produce(topic, "bad-width", asset("bad-width", "w.png").replace("\"width\": 640", "\"width\": \"wide\""));
    connect.kafka().produce(topic, null, null); // a tombstone without a key names nothing to delete
    connect.kafka().produce(topic, "p3", asset("p3", "good-3.png"));

    List<ConsumerRecord<byte[], byte[]>> dead = new ArrayList<>();
    connect.kafka().consume(4, 60_000, dlq).forEach(dead::add);
    Map<String, String> reasons = new TreeMap<>();
    for (ConsumerRecord<byte[], byte[]> record : dead) {
      String key = record.key() == null ? "(no key)" : new String(record.key(), StandardCharsets.UTF_8);
      reasons.put(key, header(record, "__connect.errors.exception.message"));
    }
    assertThat(reasons.keySet()).containsExactly("bad-json", "no-name", "bad-width", "(no key)");
    assertThat(reasons.get("bad-json")).contains("malformed JSON");
    assertThat(reasons.get("no-name")).contains("rejected by destination asset_sqlite");
    assertThat(reasons.get("no-name")).contains("NOT NULL");
    assertThat(reasons.get("bad-width")).contains("field 'width'");
    assertThat(reasons.get("(no key)")).contains("tombstone");
    ConnectCluster.await(30, "p1, p2, p3 in " + db, () -> rows(db).size() == 3);
    assertThat(rows(db).keySet()).containsExactly("p1", "p2", "p3");
    connect.deleteConnector("assets-poison");
  }

  @Test
  void aGeneratedConnectorDeliversToItsOwnDestination() throws Exception {
    Path notes = dir.resolve("notes.txt");
    String topic = "notes";
    connect.kafka().createTopic(topic, 1);
    Map<String, String> config = new HashMap<>();
    config.put("connector.class", "dev.dovetail.kafka.testing.NoteFileDestinationSinkConnector"); // generated
    config.put("tasks.max", "1");
    config.put("topics", topic);
    config.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
    config.put("value.converter", "org.apache.kafka.connect.storage.StringConverter");
    config.put("settings.notes.path", notes.toString());

    Map<String, String> otherDestination = new HashMap<>(config);
    otherDestination.put(SinkConfig.DESTINATION, "asset_sqlite");
    otherDestination.put("name", "notes");
    List<String> errors = new ArrayList<>();
    for (ConfigInfo info : connect.validateConnectorConfig("NoteFileDestinationSinkConnector", otherDestination)
        .configs()) {
      errors.addAll(info.configValue().errors());
    }
    assertThat(errors).containsExactly("Invalid value asset_sqlite for configuration dovetail.destination: this"
        + " connector delivers to destination 'note_file' only; leave dovetail.destination out, or use the generic"
        + " dev.dovetail.kafka.DovetailSinkConnector");

    connect.configureConnector("notes", config);
    connect.kafka().produce(topic, "n1", "{\"note_id\": \"n1\", \"text\": \"hello\"}");
    connect.kafka().produce(topic, "n2", "{\"note_id\": \"n2\", \"text\": \"world\"}");
    connect.kafka().produce(topic, "n1", null);
    ConnectCluster.await(30, "three lines in " + notes,
        () -> Files.exists(notes) && readLines(notes).size() == 3);
    assertThat(readLines(notes)).containsExactly("upsert n1 hello", "upsert n2 world", "delete n1").inOrder();
    connect.deleteConnector("notes");
  }

  private static List<String> readLines(Path file) {
    try {
      return Files.readAllLines(file);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static Map<String, String> sink(String topic, Path db) {
    Map<String, String> config = new HashMap<>();
    config.put("connector.class", DovetailSinkConnector.class.getName());
    config.put("tasks.max", "1");
    config.put("topics", topic);
    config.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
    config.put("value.converter", "org.apache.kafka.connect.storage.StringConverter");
    config.put(SinkConfig.DESTINATION, "asset_sqlite");
    config.put("settings.sqlite.path", db.toString());
    return config;
  }

  private static String asset(String id, String name) {
    return "{\"asset_id\": \"" + id + "\", " + (name == null ? "" : "\"name\": \"" + name + "\", ")
        + "\"type\": \"IMAGE\", \"tags\": [\"test\"], \"file_size\": 1024, \"width\": 640, \"height\": 480,"
        + " \"created_at\": 1735689600000, \"folder\": {\"folder_id\": \"f1\", \"path\": \"/test\"}}";
  }

  /** asset_id → name of every row; empty while the table does not exist yet. */
  private static Map<String, String> rows(Path db) {
    Map<String, String> rows = new TreeMap<>();
    if (!Files.exists(db)) {
      return rows;
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT asset_id, name FROM assets ORDER BY asset_id")) {
      while (r.next()) {
        rows.put(r.getString(1), r.getString(2));
      }
    } catch (SQLException e) {
      if (!String.valueOf(e.getMessage()).contains("no such table")) {
        throw new AssertionError("cannot read " + db, e);
      }
    }
    return rows;
  }

  private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null ? "(no " + name + " header)" : new String(header.value(), StandardCharsets.UTF_8);
  }

  /** The log line of a failed delivery of the batch that starts at offset 0 of {@code topic}. */
  private static Pattern failedRetryably(String topic, int attempt) {
    String partition = Pattern.quote(topic + "-0@");
    return Pattern.compile("\\(" + partition + "0( to " + partition + "\\d+)?\\) failed retryably on attempt "
        + attempt + ":");
  }

  private static String log() {
    try {
      return Files.exists(LOG) ? Files.readString(LOG) : "";
    } catch (IOException e) {
      throw new AssertionError("cannot read " + LOG, e);
    }
  }
}
