package dev.dovetail.example;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dovetail.example.crm.DemoCrmServer;
import dev.dovetail.runtime.Settings;
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
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sync} through the packaged jar, as child JVMs: the {@code demo_crm} synapse's deals (from a
 * {@link DemoCrmServer} in this JVM) into the {@code deal_sql} destination's SQLite table, with the state store beside
 * it. The child is killed with {@code kill -9} and stopped with SIGTERM at moments when it is mid-run, as seen by
 * its checkpoint moving in the state store.
 */
class SyncJarIT {
  private static final String TOKEN = "sync-it-secret-7c1e9d44";
  private static final int BATCH = 50;
  private static final int KILLS = 5;

  @TempDir Path dir;

  private ConnectorJar jar;

  private DemoCrmServer server;

  @BeforeEach
  void findJar() {
    jar = ConnectorJar.in(dir).withEnv("CRM_TOKEN", TOKEN);
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private Path config(int deals) throws IOException {
    return config(deals, "sqlite.path: " + dir.resolve("deals.db"), null);
  }

  /** A sync of {@code deals} deals into deal_sql with {@code setting}; the state store at {@code state}, or the default. */
  private Path config(int deals, String setting, String state) throws IOException {
    server = DemoCrmServer.start(DemoCrmServer.Options.defaults(deals).withToken(TOKEN));
    Path file = dir.resolve("sync.yml");
    Files.writeString(file, String.join("\n",
        "name: crm-deals",
        "source:",
        "  entity: deal",
        "  connection:",
        "    endpoint: " + server.endpoint(),
        "    accessToken: ${CRM_TOKEN}",
        "destination:",
        "  name: deal_sql",
        "  settings: {" + setting + "}",
        "mapping:",
        "  deal_id: id",
        "  title: title",
        "  value: value",
        "  currency: currency",
        "  stage: stage",
        "  status: status",
        "  person_id: person_id",
        "  expected_close_date: expected_close_date",
        "  updated_at: updated_at",
        "  added_at: added_at",
        "batch: {size: " + BATCH + "}",
        state == null ? "" : "state: '" + state + "'",
        ""), StandardCharsets.UTF_8);
    return file;
  }

  private Path stateDb() {
    return dir.resolve("dovetail-state.db");
  }

  @Test
  void killedAgainAndAgainItResumesAndTheTableEndsEqualToTheSource() throws Exception {
    Path config = config(3000);
    logWrites();
    Random random = new Random(7);
    int kills = 0;
    ConnectorJar.Run last = null;
    // Kill at a random moment of each run once it is under way, five times; then let it finish.
    for (int attempt = 0; attempt < 20 && last == null; attempt++) {
      Process child = jar.start("sync", "--config", config.toString(), "--progress", "log");
      boolean midRun = kills < KILLS && awaitCheckpointMove(child, checkpointMoves());
      if (midRun && child.isAlive()) {
        Thread.sleep(random.nextInt(600));
        child.destroyForcibly(); // SIGKILL: no shutdown hook, no chance to save anything
        child.waitFor(30, TimeUnit.SECONDS);
        kills++;
      } else {
        last = jar.finish(child);
      }
    }
    assertWithMessage("the sync finished").that(last).isNotNull();
    assertWithMessage(last.toString()).that(last.exit()).isEqualTo(0);
    assertWithMessage("kills before the run could finish; last run:\n%s", last).that(kills).isAtLeast(3);

    assertThat(table()).isEqualTo(source());
    long writes = count("SELECT COUNT(*) FROM deal_writes");
    long distinct = count("SELECT COUNT(DISTINCT deal_id) FROM deal_writes");
    assertThat(distinct).isEqualTo(3000);
    // Each kill replays at most the batch that was in flight.
    assertWithMessage("replayed writes after %s kills", kills).that(writes - distinct).isAtMost((long) kills * BATCH);

    ConnectorJar.Run status = jar.finish(jar.start("status", "--config", config.toString()));
    assertThat(status.exit()).isEqualTo(0);
    assertThat(status.out()).contains("KILLED");
    assertThat(status.out()).contains("COMPLETED");
  }

  @Test
  void sigtermSettlesTheBatchInFlightStoresTheCheckpointAndExitsNonZero() throws Exception {
    Path config = config(4000);
    logWrites();
    Process child = jar.start("sync", "--config", config.toString(), "--progress", "log");
    assertThat(awaitCheckpointMove(child, checkpointMoves())).isTrue();
    child.destroy(); // SIGTERM
    ConnectorJar.Run stopped = jar.finish(child);

    assertWithMessage(stopped.toString()).that(stopped.exit()).isEqualTo(143);
    assertThat(stopped.err()).contains("stop requested: settling the batch in flight and storing the checkpoint");
    assertThat(stopped.out()).contains("): INTERRUPTED");
    // The records read before the signal were delivered (the pending batch finished, possibly short) and counted:
    // the table holds exactly what the summary says was delivered.
    Matcher delivered = Pattern.compile("\\n  delivered +([0-9,]+)\\n").matcher(stopped.out());
    assertWithMessage(stopped.toString()).that(delivered.find()).isTrue();
    assertThat(count("SELECT COUNT(*) FROM deals")).isEqualTo(Long.parseLong(delivered.group(1).replace(",", "")));

    ConnectorJar.Run rest = jar.finish(jar.start("sync", "--config", config.toString(), "--progress", "none"));
    assertWithMessage(rest.toString()).that(rest.exit()).isEqualTo(0);
    assertThat(count("SELECT COUNT(*) FROM deal_writes") - count("SELECT COUNT(DISTINCT deal_id) FROM deal_writes"))
        .isAtMost((long) BATCH);
    assertThat(table()).isEqualTo(source());
    assertThat(jar.finish(jar.start("status", "--config", config.toString())).out()).contains("INTERRUPTED");
  }

  @Test
  void theSecretAppearsNowhereInTheOutputOrTheStateStore() throws Exception {
    Path config = config(120);
    server.failNext(401, 1);
    List<ConnectorJar.Run> runs = new ArrayList<>();
    runs.add(jar.finish(jar.start("sync", "--config", config.toString(), "--verbose", "--progress", "log")));
    runs.add(jar.finish(jar.start("sync", "--config", config.toString(), "--verbose", "--progress", "log")));
    runs.add(jar.finish(jar.start("status", "--config", config.toString())));
    runs.add(jar.finish(jar.start("dlq", "list", "--config", config.toString(), "--all")));

    assertWithMessage(runs.get(1).toString()).that(runs.get(1).exit()).isEqualTo(0);
    for (ConnectorJar.Run run : runs) {
      assertWithMessage(run.toString()).that(run.out() + run.err()).doesNotContain(TOKEN);
    }
    String stateBytes = new String(Files.readAllBytes(stateDb()), StandardCharsets.ISO_8859_1);
    assertThat(stateBytes).doesNotContain(TOKEN);
    assertThat(table()).isEqualTo(source());
  }

  @Test
  @ExtendWith(PostgresDatabase.class)
  void theSameSyncIntoPostgresqlWithItsStateThereToo(PostgresDatabase pg) throws Exception {
    Path config = config(700, "jdbc.url: '" + pg.url() + "'", pg.url());

    ConnectorJar.Run first = jar.finish(jar.start("sync", "--config", config.toString(), "--progress", "log"));
    assertWithMessage(first.toString()).that(first.exit()).isEqualTo(0);
    assertThat(first.out()).containsMatch("delivered +700\\n");
    assertThat(first.out()).contains("state          jdbc:postgresql://");
    assertThat(first.out() + first.err()).doesNotContain("password=dovetail");

    server.failNext(503, 2); // retried by the synapse's READ cycle
    ConnectorJar.Run second = jar.finish(jar.start("sync", "--config", config.toString(), "--progress", "none"));
    assertWithMessage(second.toString()).that(second.exit()).isEqualTo(0);
    assertThat(second.out()).containsMatch("read +0\\n");

    Map<Long, String> rows = new TreeMap<>();
    try (Connection c = pg.connect(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT deal_id, title, updated_at FROM deals")) {
      while (rs.next()) {
        rows.put(rs.getLong(1), rs.getString(2) + " @ " + rs.getString(3));
      }
    }
    assertThat(rows).isEqualTo(source());
    ConnectorJar.Run status = jar.finish(jar.start("status", "--config", config.toString()));
    assertThat(status.out()).containsMatch("\\n  2 .* COMPLETED +0 +0 ");
    assertThat(status.out()).containsMatch("\\n  1 .* COMPLETED +700 +700 ");
  }

  // ---- the destination table, the source, and the write log ----

  /** A trigger logs every write to the deals table, replays included (created before the first run). */
  private void logWrites() throws Exception {
    // The destination creates its table when asked whether it is ready; the triggers need it to exist.
    Settings.install(Map.of("sqlite.path", dir.resolve("deals.db").toString()));
    try {
      assertThat(new DealDestination().ready().ready()).isTrue();
    } finally {
      Settings.install(Map.of());
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("deals.db"));
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS deal_writes (n INTEGER PRIMARY KEY AUTOINCREMENT, deal_id INTEGER)");
      s.execute("CREATE TRIGGER IF NOT EXISTS log_insert AFTER INSERT ON deals BEGIN"
          + " INSERT INTO deal_writes (deal_id) VALUES (NEW.deal_id); END");
      s.execute("CREATE TRIGGER IF NOT EXISTS log_update AFTER UPDATE ON deals BEGIN"
          + " INSERT INTO deal_writes (deal_id) VALUES (NEW.deal_id); END");
    }
  }

  private Map<Long, String> table() throws SQLException {
    Map<Long, String> rows = new TreeMap<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("deals.db"));
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT deal_id, title, updated_at FROM deals")) {
      while (rs.next()) {
        rows.put(rs.getLong(1), rs.getString(2) + " @ " + rs.getString(3));
      }
    }
    return rows;
  }

  private Map<Long, String> source() {
    Map<Long, String> rows = new TreeMap<>();
    for (JsonNode deal : server.deals()) {
      if (!deal.path("status").asText().equals("deleted")) {
        rows.put(deal.path("id").asLong(), deal.path("title").asText() + " @ " + deal.path("update_time").asText());
      }
    }
    return rows;
  }

  private long count(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("deals.db"));
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** How many checkpoints were stored so far (all runs), 0 before the state store exists. */
  private long checkpointMoves() {
    if (!Files.exists(stateDb())) {
      return 0;
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + stateDb());
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COALESCE(SUM(records_read), 0) + COUNT(*) FROM dovetail_run")) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      return 0; // not created yet, or busy: try again
    }
  }

  /** Waits until the child has stored progress (it is mid-run); {@code false} when it ended first. */
  private boolean awaitCheckpointMove(Process child, long before) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      if (!child.isAlive()) {
        return false;
      }
      long now = checkpointMoves();
      if (now > before + 1) {
        return true;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("the sync made no progress in 60 s");
  }
}
