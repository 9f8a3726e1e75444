package dev.dovetail.runtime.cli;

import static com.google.common.truth.Truth.assertThat;

import dev.dovetail.runtime.Batch;
import dev.dovetail.runtime.BatchItem;
import dev.dovetail.runtime.DataSync;
import dev.dovetail.runtime.Settings;
import dev.dovetail.runtime.testing.LeadSync;
import dev.dovetail.runtime.testing.Product;
import dev.dovetail.runtime.testing.ProductDestination;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code dovetail} command run in-process against the test service index and app.yml. */
class MainTest {
  private static final String P1 = "{\"product_id\":\"p1\",\"price\":9.5,\"qty\":3,\"tags\":[\"new\"]}";
  private static final String P2 = "{\"product_id\":\"p2\",\"qty\":\"4\"}";
  private static final String DELETE_P3 = "{\"product_id\":\"p3\",\"_isDeleted\":true}";

  @TempDir Path dir;

  private record Result(int exitCode, String out, String err) {}

  @BeforeEach
  @AfterEach
  void reset() {
    Settings.install(Map.of());
    ProductDestination.DELIVERED.clear();
    LeadSync.DELIVERED.clear();
  }

  private static Result run(String... args) {
    return run(new ByteArrayInputStream(new byte[0]), MainTest.class.getClassLoader(), args);
  }

  private static Result run(InputStream in, ClassLoader loader, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, in, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), loader);
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private Path jsonl(String... lines) throws IOException {
    return Files.writeString(dir.resolve("input.jsonl"), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }

  @Test
  void listShowsEveryDestinationSortedByName() {
    Result result = run("list");
    assertThat(result.exitCode()).isEqualTo(0);
    assertThat(result.out()).startsWith(String.join(System.lineSeparator(),
        "NAME      ENTRY POINT         SCHEMA               SUPPORTS_DELETE",
        "leads     LeadSync            dynamic: LeadSchema  false",
        "products  ProductDestination  product_schema       true",
        "",
        "SYNAPSE"));
  }

  @Test
  void manifestPrintsAppYmlUnchanged() throws IOException {
    String expected;
    try (InputStream in = MainTest.class.getClassLoader().getResourceAsStream("app.yml")) {
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Result result = run("manifest");
    assertThat(result.exitCode()).isEqualTo(0);
    assertThat(result.out()).isEqualTo(expected);
    assertThat(result.out()).contains("summary: Runtime test fixture — not a real app");
  }

  @Test
  void manifestAbsentIsAClearError() throws IOException {
    try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
      Result result = run(new ByteArrayInputStream(new byte[0]), empty, "manifest");
      assertThat(result.exitCode()).isEqualTo(Main.EXIT_USAGE);
      assertThat(result.out()).isEmpty();
      assertThat(result.err()).startsWith("error: no app.yml on the class path");
    }
  }

  /** A class loader over a directory holding a connector reference, as the processor writes it into a jar. */
  private URLClassLoader withDocs(String markdown) throws IOException {
    Path resource = dir.resolve("classes").resolve(DocsCommand.RESOURCE);
    Files.createDirectories(resource.getParent());
    Files.writeString(resource, markdown, StandardCharsets.UTF_8);
    return new URLClassLoader(new URL[] {dir.resolve("classes").toUri().toURL()}, null);
  }

  @Test
  void docsPrintsTheReferenceUnchanged() throws IOException {
    String markdown = "# Acme \\| Docs\n\n| Field | Type |\n|---|---|\n| `name` | `string` — naïve ✓ |\n";
    try (URLClassLoader loader = withDocs(markdown)) {
      for (String[] args : List.of(new String[] {"docs"}, new String[] {"docs", "--output", "-"})) {
        Result result = run(new ByteArrayInputStream(new byte[0]), loader, args);
        assertThat(result.exitCode()).isEqualTo(0);
        assertThat(result.out()).isEqualTo(markdown);
        assertThat(result.err()).isEmpty();
      }
    }
  }

  @Test
  void docsOutputWritesTheFileAndNothingElse() throws IOException {
    String markdown = "# Connector reference\n\n0 destinations, 1 synapse — ✓\n";
    Path target = dir.resolve("CONNECTOR.md");
    try (URLClassLoader loader = withDocs(markdown)) {
      Result result = run(new ByteArrayInputStream(new byte[0]), loader, "docs", "--output", target.toString());
      assertThat(result.exitCode()).isEqualTo(0);
      assertThat(result.out()).isEmpty();
      assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo(markdown);
    }
  }

  @Test
  void docsToAnUnwritablePlaceIsAUsageError() throws IOException {
    Path target = dir.resolve("no-such-dir").resolve("CONNECTOR.md");
    try (URLClassLoader loader = withDocs("# x\n")) {
      Result result = run(new ByteArrayInputStream(new byte[0]), loader, "docs", "-o", target.toString());
      assertThat(result.exitCode()).isEqualTo(Main.EXIT_USAGE);
      assertThat(result.err()).startsWith("error: cannot write --output " + target);
      assertThat(Files.exists(target)).isFalse();
    }
  }

  @Test
  void docsAbsentIsAClearError() throws IOException {
    try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
      for (String[] args : List.of(new String[] {"docs"}, new String[] {"docs", "--output", "-"})) {
        Result result = run(new ByteArrayInputStream(new byte[0]), empty, args);
        assertThat(result.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).startsWith("error: no META-INF/dovetail/connector.md on the class path: build the"
            + " connector with the Dovetail annotation processor");
      }
    }
  }

  @Test
  void deliverPrintsTheSummary() throws IOException {
    Result result = run("deliver", "products", "--input", jsonl(P1, P2, DELETE_P3).toString(),
        "--sync-id", "s-42", "--sync-name", "Nightly");
    assertThat(result.exitCode()).isEqualTo(0);
    assertThat(ProductDestination.DELIVERED).hasSize(1);
    Batch<Product> batch = ProductDestination.DELIVERED.get(0);
    assertThat(batch.sync()).isEqualTo(new DataSync("s-42", "Nightly"));
    assertThat(batch.items()).hasSize(3);
    assertThat(batch.items().get(2)).isInstanceOf(BatchItem.Delete.class);
    assertThat(result.out()).startsWith("Destination products (sync s-42, \"Nightly\"): OK" + System.lineSeparator());
    assertThat(result.out()).contains("  records read       3");
    assertThat(result.out()).contains("  upserts delivered  2");
    assertThat(result.out()).contains("  deletes delivered  1");
    assertThat(result.out()).contains("  rejected           0");
    assertThat(result.out()).contains("  records/s");
    assertThat(result.err()).contains("batch 1 (lines 1-3, 3 items): 3 items delivered");
  }

  @Test
  void settingsOfOneRunDoNotLeakIntoTheNext() throws IOException {
    Path input = jsonl(P1);
    assertThat(run("deliver", "products", "--input", input.toString(), "--set", "demo.key=first").exitCode()).isEqualTo(0);
    assertThat(Settings.get("demo.key")).hasValue("first");
    assertThat(run("deliver", "products", "--input", input.toString()).exitCode()).isEqualTo(0);
    assertThat(Settings.get("demo.key")).isEmpty();
  }

  @Test
  void deliverReadsStandardInputByDefault() {
    byte[] input = (P1 + "\n" + P2 + "\n").getBytes(StandardCharsets.UTF_8);
    Result result = run(new ByteArrayInputStream(input), MainTest.class.getClassLoader(), "deliver", "products", "--batch-size", "1");
    assertThat(result.exitCode()).isEqualTo(0);
    assertThat(ProductDestination.DELIVERED).hasSize(2);
  }

  @Test
  void rejectedRecordsMakeExitCodeOne() throws IOException {
    Result result = run("deliver", "products", "--input", jsonl(P1, "{\"product_id\":\"p2\",\"qty\":1.5}", "{oops").toString());
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains("line 2: field 'qty': expected an integer but found the fraction 1.5");
    assertThat(result.err()).contains("line 3: malformed JSON at column 2");
    assertThat(result.out()).contains("COMPLETED WITH ERRORS");
    assertThat(result.out()).contains("  rejected           2");
    assertThat(ProductDestination.DELIVERED).hasSize(1);
  }

  @Test
  void failedBatchesMakeExitCodeOne() throws IOException {
    Result result = run("deliver", "products", "--input", jsonl(P1).toString(), "--set", "products.fail=true");
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains("batch 1 (line 1, 1 item) failed after 1 attempt: rejected by the test sink");
    assertThat(result.out()).contains("  failed records     1");
  }

  @Test
  void quietPrintsOnlyTheProblemsAtTheEnd() throws IOException {
    Result result = run("deliver", "products", "--quiet", "--input", jsonl(P1, "[]").toString());
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).isEqualTo(
        "line 2: expected a JSON object for a product_schema item but found an array" + System.lineSeparator());
  }

  @Test
  void strictRejectsUnknownFields() throws IOException {
    Path input = jsonl("{\"product_id\":\"p1\",\"colour\":\"red\"}");
    assertThat(run("deliver", "products", "--input", input.toString()).exitCode()).isEqualTo(0);
    Result strict = run("deliver", "products", "--strict", "--input", input.toString());
    assertThat(strict.exitCode()).isEqualTo(1);
    assertThat(strict.err()).contains("line 1: field 'colour': not a field of this schema");
  }

  @Test
  void notReadyExitsWithTwoAndTheMessage() throws IOException {
    Result result = run("deliver", "products", "--input", jsonl(P1).toString(), "--set", "products.ready=false");
    assertThat(result.exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(result.err()).contains("destination 'products' is not ready: bad key");
    assertThat(result.out()).isEmpty();
    assertThat(ProductDestination.DELIVERED).isEmpty();
  }

  @Test
  void dynamicDestinationDeliversAndReportsAnInvalidSchema() throws IOException {
    Path input = jsonl("{\"email\":\"a@b.c\",\"score\":3}");
    assertThat(run("deliver", "leads", "--input", input.toString()).exitCode()).isEqualTo(0);
    assertThat(LeadSync.DELIVERED.get(0).upserts().get(0).getLong("score")).isEqualTo(3L);

    Result broken = run("deliver", "leads", "--input", input.toString(), "--set", "leads.broken=true");
    assertThat(broken.exitCode()).isEqualTo(2);
    assertThat(broken.err()).contains("schema function LeadSchema returned an invalid schema with 2 problems");
    assertThat(broken.err()).contains("  fields[1].description must be specified");
    assertThat(broken.err()).contains("  fields[1].type 'integer' does not match any custom_types name");
  }

  @Test
  void unknownDestinationListsTheKnownOnes() {
    Result result = run("deliver", "nope");
    assertThat(result.exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(result.err()).contains("error: unknown destination 'nope'; known destinations: leads, products");
  }

  @Test
  void batchSizeIsValidated() {
    for (String bad : new String[] {"0", "10001", "-5"}) {
      Result result = run("deliver", "products", "--batch-size", bad);
      assertThat(result.exitCode()).isEqualTo(Main.EXIT_USAGE);
      assertThat(result.err()).contains("--batch-size must be between 1 and 10000, got " + bad);
    }
    Result notANumber = run("deliver", "products", "--batch-size", "many");
    assertThat(notANumber.exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(notANumber.err()).contains("--batch-size");
  }

  @Test
  void maxRetriesIsValidated() {
    Result result = run("deliver", "products", "--max-retries", "11");
    assertThat(result.exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(result.err()).contains("--max-retries must be between 0 and 10, got 11");
  }

  @Test
  void missingInputFileIsAUsageError() {
    Result result = run("deliver", "products", "--input", dir.resolve("absent.jsonl").toString());
    assertThat(result.exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(result.err()).contains("cannot read --input");
  }

  @Test
  void usageErrorsSuggestHelp() {
    Result noCommand = run();
    assertThat(noCommand.exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(noCommand.err()).contains("Usage: dovetail");
    Result unknownOption = run("deliver", "products", "--bogus");
    assertThat(unknownOption.exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(unknownOption.err()).contains("--bogus");
  }

  @Test
  void versionAndHelp() {
    Result version = run("--version");
    assertThat(version.exitCode()).isEqualTo(0);
    assertThat(version.out()).startsWith("dovetail-runtime ");
    Result help = run("deliver", "--help");
    assertThat(help.exitCode()).isEqualTo(0);
    assertThat(help.out()).contains("--batch-size=N");
    assertThat(help.out()).contains("--set=KEY=VALUE");
  }
}
