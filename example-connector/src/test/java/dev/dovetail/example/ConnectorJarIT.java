package dev.dovetail.example;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.dovetail.runtime.BatchItem;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: the packaged {@code target/example-connector.jar} run as a real child process with {@code java -jar}
 * (runs in the integration-test phase, after the shade plugin built the jar), then the SQLite file (or PostgreSQL
 * schema) it wrote checked with JDBC.
 */
class ConnectorJarIT {
  @TempDir Path dir;

  private ConnectorJar jar;

  @BeforeEach
  void findJar() {
    jar = ConnectorJar.in(dir);
  }

  @Test
  void deliversTheSampleAssetsIntoSqlite() throws Exception {
    Path db = dir.resolve("x.db");
    Path input = TestData.sample("assets.jsonl");
    List<BatchItem<Asset>> items = TestData.items(AssetCodec.INSTANCE, input);
    long deletes = items.stream().filter(i -> i instanceof BatchItem.Delete).count();
    Map<String, Asset> expected = TestData.replay(items);

    ConnectorJar.Run run = jar.run("deliver", "asset_sqlite", "--input", input.toString(), "--set", "sqlite.path=" + db, "--batch-size", "10");

    assertWithMessage(run.toString()).that(run.exit()).isEqualTo(0);
    assertThat(run.firstLine()).isEqualTo("Destination asset_sqlite (sync local, \"local run\"): OK");
    Map<String, String> summary = run.summary();
    assertThat(summary.get("records read")).isEqualTo(String.valueOf(items.size()));
    assertThat(summary.get("upserts delivered")).isEqualTo(String.valueOf(items.size() - deletes));
    assertThat(summary.get("deletes delivered")).isEqualTo(String.valueOf(deletes));
    assertThat(summary.get("rejected")).isEqualTo("0");
    assertThat(summary.get("failed records")).isEqualTo("0");
    assertThat(summary.get("batches ok")).isEqualTo(String.valueOf((items.size() + 9) / 10));
    assertThat(summary.get("batches failed")).isEqualTo("0");
    assertThat(summary.get("retries")).isEqualTo("0");
    assertThat(run.err()).contains("asset_sqlite ready: table assets in SQLite database " + db);

    assertTableHolds(() -> connect(db), expected);
    // The sample's story, spelled out: 46 assets, one updated later, three deleted, one delete of an unknown id.
    assertThat(expected).hasSize(43);
    try (Connection c = connect(db)) {
      Asset updated = AssetTable.find(c, "ast-1003").orElseThrow();
      assertThat(updated.name()).isEqualTo("city-sneaker-white-v2.png");
      assertThat(updated.tags()).contains("retouched");
      assertThat(updated.fileSize()).isEqualTo(5_478_922L);
      for (String deleted : List.of("ast-1010", "ast-1027", "ast-1040", "ast-0999")) {
        assertThat(AssetTable.find(c, deleted)).isEmpty();
      }
    }

    // Delivery is idempotent: the same file again leaves the same rows.
    ConnectorJar.Run again = jar.run("deliver", "asset_sqlite", "--input", input.toString(), "--set", "sqlite.path=" + db);
    assertWithMessage(again.toString()).that(again.exit()).isEqualTo(0);
    assertTableHolds(() -> connect(db), expected);
  }

  @Test
  @ExtendWith(PostgresDatabase.class)
  void deliversTheSampleAssetsIntoPostgres(PostgresDatabase pg) throws Exception {
    Path input = TestData.sample("assets.jsonl");
    List<BatchItem<Asset>> items = TestData.items(AssetCodec.INSTANCE, input);
    Map<String, Asset> expected = TestData.replay(items);

    // The driver comes from the jar (the shade plugin put it there); the URL carries the test schema and the login.
    ConnectorJar.Run run = jar.run("deliver", "asset_sqlite", "--input", input.toString(), "--set", "jdbc.url=" + pg.url(), "--batch-size", "10");

    assertWithMessage(run.toString()).that(run.exit()).isEqualTo(0);
    assertThat(run.firstLine()).isEqualTo("Destination asset_sqlite (sync local, \"local run\"): OK");
    assertThat(run.summary()).containsAtLeast("records read", String.valueOf(items.size()), "deletes delivered", "4",
        "batches ok", String.valueOf((items.size() + 9) / 10), "batches failed", "0", "retries", "0");
    assertThat(run.err()).containsMatch("asset_sqlite ready: table assets in database jdbc:postgresql://[^?\\s]+\n");
    assertThat(run.out() + run.err()).doesNotContain("password");
    assertTableHolds(pg::connect, expected);

    ConnectorJar.Run again = jar.run("deliver", "asset_sqlite", "--input", input.toString(), "--set", "jdbc.url=" + pg.url());
    assertWithMessage(again.toString()).that(again.exit()).isEqualTo(0);
    assertTableHolds(pg::connect, expected);
  }

  @Test
  void listsTheDestinationsThenTheSynapse() throws Exception {
    ConnectorJar.Run run = jar.run("list");

    assertWithMessage(run.toString()).that(run.exit()).isEqualTo(0);
    List<List<String>> rows = run.out().lines().filter(l -> !l.isBlank())
        .map(l -> List.of(l.trim().split("\\s{2,}"))).toList();
    assertThat(rows).containsExactly(
        List.of("NAME", "ENTRY POINT", "SCHEMA", "SUPPORTS_DELETE"),
        List.of("asset_sqlite", "AssetDestination", "asset", "true"),
        List.of("deal_sql", "DealDestination", "deal_row", "true"),
        List.of("lead_sqlite", "LeadDestination", "dynamic: LeadSchemaFunction", "true"),
        List.of("SYNAPSE", "ENTITY", "OPERATIONS"),
        List.of("demo_crm", "deal", "READ, GET_BY_ID, CREATE, UPDATE, DELETE"),
        List.of("demo_crm", "person", "READ, GET_BY_ID")).inOrder();
  }

  /**
   * {@code java -jar} reads the service index from the jar itself (runtime {@code ServiceIndex}); any other class path
   * goes through {@code ServiceLoader}. All three must list the same connectors.
   */
  @Test
  void listsTheSameWhateverTheClassPath() throws Exception {
    ConnectorJar.Run direct = jar.run("list");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path empty = Files.createDirectories(dir.resolve("empty-classes"));
    ConnectorJar.Run twoEntries = jar.runCommand(List.of(java, "-cp",
        jar.jar() + File.pathSeparator + empty, "dev.dovetail.runtime.cli.Main", "list"));
    Files.copy(jar.jar(), dir.resolve("example-connector.jar"));
    Path launcher = dir.resolve("launcher.jar");
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "dev.dovetail.runtime.cli.Main");
    manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, "example-connector.jar");
    try (var out = new JarOutputStream(Files.newOutputStream(launcher), manifest)) {
      // only the manifest: the classes and the index come through its Class-Path
    }
    ConnectorJar.Run viaClassPath = jar.runCommand(List.of(java, "-jar", launcher.toString(), "list"));

    assertWithMessage(direct.toString()).that(direct.exit()).isEqualTo(0);
    assertThat(direct.out()).contains("asset_sqlite");
    assertThat(direct.out()).contains("demo_crm");
    assertWithMessage(twoEntries.toString()).that(twoEntries.out()).isEqualTo(direct.out());
    assertWithMessage(viaClassPath.toString()).that(viaClassPath.out()).isEqualTo(direct.out());
  }

  @Test
  void printsTheGeneratedManifest() throws Exception {
    ConnectorJar.Run run = jar.run("manifest");

    assertWithMessage(run.toString()).that(run.exit()).isEqualTo(0);
    assertThat(run.out()).isEqualTo(Files.readString(classes().resolve("app.yml"), StandardCharsets.UTF_8));
    assertThat(run.out()).contains("  app_id: dovetail_example\n");
    assertThat(run.out()).contains("  asset_sqlite:\n    entry_point: AssetDestination\n");
    assertThat(run.out()).contains("    schema:\n      entry_point: LeadSchemaFunction\n");
  }

  @Test
  void docsPrintsTheGeneratedReferenceAndWritesItWithOutput() throws Exception {
    String generated = Files.readString(classes().resolve("META-INF/dovetail/connector.md"), StandardCharsets.UTF_8);

    ConnectorJar.Run run = jar.run("docs");

    assertWithMessage(run.toString()).that(run.exit()).isEqualTo(0);
    assertThat(run.out()).isEqualTo(generated);
    assertThat(run.out()).startsWith("<!-- Generated by Dovetail");
    assertThat(run.out()).contains("### `asset_sqlite`\n");
    assertThat(run.out()).contains("### `demo_crm`: Demo CRM\n");

    Path target = dir.resolve("CONNECTOR.md");
    ConnectorJar.Run toFile = jar.run("docs", "--output", target.toString());
    assertWithMessage(toFile.toString()).that(toFile.exit()).isEqualTo(0);
    assertThat(toFile.out()).isEmpty();
    assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo(generated);
  }

  @Test
  void generatedOutputPassesTheIndependentOcpCheck() throws Exception {
    Path tool = Path.of(System.getProperty("ocp.check", "../../shared/tools/ocp-check")).toAbsolutePath().normalize();
    assumeTrue(Files.isRegularFile(tool), "ocp-check not found at " + tool + " (it lives in ../shared/tools beside the repo)");
    assumeTrue(succeeds("python3", "-c", "import yaml"), "python3 with PyYAML is needed to run ocp-check");

    ConnectorJar.Run onClasses = jar.runCommand(List.of("python3", tool.toString(), classes().toString()));
    assertWithMessage(onClasses.toString()).that(onClasses.exit()).isEqualTo(0);
    assertThat(onClasses.out().strip()).isEqualTo("ok 3 destinations, 2 schemas");

    // The same files as they ship inside the jar.
    Path unpacked = unpackOcpFiles(dir.resolve("from-jar"));
    ConnectorJar.Run onJar = jar.runCommand(List.of("python3", tool.toString(), unpacked.toString()));
    assertWithMessage(onJar.toString()).that(onJar.exit()).isEqualTo(0);
    assertThat(onJar.out().strip()).isEqualTo("ok 3 destinations, 2 schemas");
  }

  @Test
  void deliversLeadsThroughTheDynamicSchema() throws Exception {
    Path db = dir.resolve("leads.db");
    ConnectorJar.Run run = jar.run("deliver", "lead_sqlite", "--input", TestData.sample("leads.jsonl").toString(),
        "--set", "sqlite.path=" + db, "--batch-size", "4");

    assertWithMessage(run.toString()).that(run.exit()).isEqualTo(0);
    assertThat(run.firstLine()).isEqualTo("Destination lead_sqlite (sync local, \"local run\"): OK");
    assertThat(run.summary()).containsAtLeast("records read", "10", "upserts delivered", "9", "deletes delivered", "1",
        "batches ok", "3", "rejected", "0");
    assertThat(run.err()).contains("with columns email, first_name, last_name, company, score, opted_in, last_seen_at");

    assertThat(rows(db, "SELECT email, first_name, company, score, opted_in FROM leads ORDER BY email")).containsExactly(
        "ana.souza@example.com|Ana|Northwind Outfitters|72|1",
        "ben.okafor@example.org|Ben|Contoso Retail|67|1", // partial update: score and opted_in changed, the rest kept
        "chloe.martin@example.net|Chloé|Fabrikam|88|1",
        "dev.patel@example.com|Dev|null|31|1",
        "eva.lindqvist@example.se|Eva|Adventure Works|64|1",
        "felix.braun@example.de|Felix|Tailspin Toys|12|0", // its unknown field utm_source was ignored
        "grace.kim@example.com|Grace|Wide World Importers|95|1").inOrder(); // hugo.rossi was deleted
  }

  @Test
  void strictModeRejectsTheLeadWithAnUnknownField() throws Exception {
    Path db = dir.resolve("strict.db");
    ConnectorJar.Run run = jar.run("deliver", "lead_sqlite", "--input", TestData.sample("leads.jsonl").toString(),
        "--set", "sqlite.path=" + db, "--strict");

    assertWithMessage(run.toString()).that(run.exit()).isEqualTo(1);
    assertThat(run.firstLine()).isEqualTo("Destination lead_sqlite (sync local, \"local run\"): COMPLETED WITH ERRORS");
    assertThat(run.summary()).containsAtLeast("rejected", "1", "upserts delivered", "8");
    assertThat(run.err()).contains("line 6");
    assertThat(run.err()).contains("utm_source");
    assertThat(rows(db, "SELECT email FROM leads WHERE email LIKE 'felix%'")).isEmpty();
  }

  @Test
  void leadFieldsFollowTheColumnsOfAnExistingTable() throws Exception {
    Path db = dir.resolve("crm.db");
    try (Connection c = connect(db); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE leads (email VARCHAR(200) PRIMARY KEY, country CHAR(2), lifetime_value REAL, notes BLOB)");
    }
    Path input = Files.writeString(dir.resolve("crm.jsonl"),
        "{\"email\":\"kai@example.com\",\"country\":\"DE\",\"lifetime_value\":1520.5,\"first_name\":\"Kai\"}\n");

    ConnectorJar.Run run = jar.runWithInput(input, "deliver", "lead_sqlite", "--input", "-", "--set", "sqlite.path=" + db);

    assertWithMessage(run.toString()).that(run.exit()).isEqualTo(0);
    assertThat(run.err()).contains("with columns email, country, lifetime_value\n");
    assertThat(run.err()).contains("notes BLOB: SQL type BLOB has no OCP type");
    assertThat(rows(db, "SELECT email, country, lifetime_value FROM leads")).containsExactly("kai@example.com|DE|1520.5");
  }

  @Test
  void anUnwritablePathIsNotReady() throws Exception {
    Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
    ConnectorJar.Run run = jar.run("deliver", "asset_sqlite", "--input", TestData.sample("assets.jsonl").toString(),
        "--set", "sqlite.path=" + file.resolve("x.db"));

    assertWithMessage(run.toString()).that(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("destination 'asset_sqlite' is not ready: cannot create SQLite database "
        + file.resolve("x.db") + ": folder " + file + " does not exist");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aLockedDatabaseIsRetriedThenFails() throws Exception {
    Path db = dir.resolve("locked.db");
    try (Connection c = connect(db)) {
      AssetTable.create(c);
    }
    Path input = Files.writeString(dir.resolve("two.jsonl"),
        "{\"asset_id\":\"a-1\",\"name\":\"one.png\"}\n{\"asset_id\":\"a-2\",\"name\":\"two.png\"}\n");
    try (Connection holder = connect(db); Statement lock = holder.createStatement()) {
      lock.execute("BEGIN IMMEDIATE"); // readers may still read; writers get SQLITE_BUSY

      ConnectorJar.Run run = jar.run("deliver", "asset_sqlite", "--input", input.toString(), "--set", "sqlite.path=" + db,
          "--set", "sqlite.busy_timeout_ms=50", "--max-retries", "1");

      assertWithMessage(run.toString()).that(run.exit()).isEqualTo(1);
      assertThat(run.summary()).containsAtLeast("retries", "1", "batches failed", "1", "failed records", "2");
      assertThat(run.err()).contains("attempt 1 failed");
      assertThat(run.err()).contains("SQLITE_BUSY");
      assertThat(run.err()).contains("failed after 2 attempts");
      lock.execute("ROLLBACK");
    }
    assertThat(rows(db, "SELECT asset_id FROM assets")).isEmpty();
  }

  // --- helpers

  private static Path classes() {
    return TestData.basedir().resolve("target").resolve("classes");
  }

  /** Opens a connection to the database a test checks. */
  private interface Connector {
    Connection open() throws SQLException;
  }

  private static void assertTableHolds(Connector database, Map<String, Asset> expected) throws SQLException {
    try (Connection c = database.open()) {
      assertThat(rows(c, "SELECT asset_id FROM assets")).containsExactlyElementsIn(expected.keySet());
      for (Asset asset : expected.values()) {
        Asset stored = AssetTable.find(c, asset.assetId()).orElseThrow();
        assertThat(stored.syncedAt()).isNotNull();
        assertThat(stored.withSyncedAt(null)).isEqualTo(asset);
      }
    }
  }

  private static Connection connect(Path db) throws SQLException {
    return DriverManager.getConnection("jdbc:sqlite:" + db);
  }

  private static List<String> rows(Path db, String query) throws SQLException {
    try (Connection c = connect(db)) {
      return rows(c, query);
    }
  }

  private static List<String> rows(Connection c, String query) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(query)) {
      List<String> rows = new ArrayList<>();
      while (r.next()) {
        List<String> cells = new ArrayList<>();
        for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
          cells.add(String.valueOf(r.getObject(i)));
        }
        rows.add(String.join("|", cells));
      }
      return rows;
    }
  }

  /** app.yml and destinations/schema/* from the jar, into {@code target}. */
  private Path unpackOcpFiles(Path target) throws IOException {
    Set<String> names = new TreeSet<>();
    try (JarFile file = new JarFile(jar.jar().toFile())) {
      for (Enumeration<JarEntry> entries = file.entries(); entries.hasMoreElements(); ) {
        JarEntry entry = entries.nextElement();
        if (!entry.isDirectory() && (entry.getName().equals("app.yml") || entry.getName().startsWith("destinations/schema/"))) {
          Path out = target.resolve(entry.getName());
          Files.createDirectories(out.getParent());
          try (InputStream in = file.getInputStream(entry)) {
            Files.copy(in, out);
          }
          names.add(entry.getName());
        }
      }
    }
    assertThat(names).containsExactly("app.yml", "destinations/schema/asset.yml", "destinations/schema/deal_row.yml");
    return target;
  }

  private static boolean succeeds(String... command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      return process.waitFor(1, TimeUnit.MINUTES) && process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
