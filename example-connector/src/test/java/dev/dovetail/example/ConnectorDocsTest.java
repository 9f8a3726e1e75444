package dev.dovetail.example;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed {@code example-connector/CONNECTOR.md}, which the README links, is the reference the processor
 * generated from this module's sources: any change of an annotation or Javadoc that changes the reference fails here
 * until the copy is refreshed.
 */
class ConnectorDocsTest {
  private static final String GENERATED = "META-INF/dovetail/connector.md";
  private static final Path COMMITTED = TestData.basedir().resolve("CONNECTOR.md");
  private static final String REFRESH = "example-connector/CONNECTOR.md is stale: it differs from the reference the"
      + " processor generated. Refresh it with\n  mvn -B -q compile -pl example-connector -am && cp"
      + " example-connector/target/classes/META-INF/dovetail/connector.md example-connector/CONNECTOR.md\n"
      + "(or: java -jar example-connector/target/example-connector.jar docs --output example-connector/CONNECTOR.md)"
      + " and commit it.";

  @Test
  void committedReferenceIsTheGeneratedOne() throws IOException {
    String generated;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(GENERATED)) {
      assertWithMessage(GENERATED + " in target/classes: the processor did not run on this module").that(in).isNotNull();
      generated = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertWithMessage("CONNECTOR.md beside this module's pom.xml").that(Files.isRegularFile(COMMITTED)).isTrue();
    assertWithMessage(REFRESH).that(Files.readString(COMMITTED, StandardCharsets.UTF_8)).isEqualTo(generated);
  }

  @Test
  void referenceCoversEveryDestinationAndSynapseOfTheConnector() throws IOException {
    String committed = Files.readString(COMMITTED, StandardCharsets.UTF_8);
    assertThat(committed).contains("### `asset_sqlite`\n");
    assertThat(committed).contains("### `deal_sql`\n");
    assertThat(committed).contains("### `lead_sqlite`\n");
    assertThat(committed).contains("| Schema | dynamic: discovered at run time by `dev.dovetail.example.LeadSchemaFunction` |");
    assertThat(committed).contains("### `demo_crm`: Demo CRM\n");
    assertThat(committed).containsMatch("\\| `accessToken` \\| API token \\| `password` \\| yes \\| \\*\\*secret\\*\\* \\|");
    assertThat(committed).contains("| `folder` | Folder | `folder` (custom type) |");
  }
}
