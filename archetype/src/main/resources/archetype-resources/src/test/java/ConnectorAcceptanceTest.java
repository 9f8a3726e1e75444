package ${package};

import dev.dovetail.testkit.ConnectorKit;
import dev.dovetail.testkit.ConnectorTest;
import dev.dovetail.testkit.SynapseFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dovetail's acceptance checks on every destination and synapse of this connector: the generated manifest and schema
 * files obey the OCP rules; each destination answers {@code ready()}, keeps every sample value through its codec,
 * takes a batch of sample records (every type, edge values) and its deletes; the synapse's describe matches its
 * entities, a read of the fixture pages to the end without duplicates or gaps, and a read resumed from its watermark
 * returns exactly the contacts added in between.
 */
class ConnectorAcceptanceTest {
  @TempDir Path dir;

  @ConnectorTest
  Stream<DynamicNode> acceptance() throws IOException {
    // The synapse's source: a copy of the sample, so the resume check can add contacts to it.
    Path contacts = Files.copy(Path.of("sample/contacts.jsonl"), dir.resolve("contacts.jsonl"));
    return ConnectorKit.load()
        .settings(Map.of("contacts.dir", dir.resolve("contacts").toString()))
        .synapse("contact_source", SynapseFixture.fields(Map.of("path", contacts.toString()))
            .expectRecords("contact", 250)
            .between("contact", () -> addContacts(contacts, "kit-new-1", "kit-new-2")))
        .checks();
  }

  /** Appends contacts changed now, as the source system would have them after a change; answers their ids. */
  private static List<String> addContacts(Path file, String... ids) throws IOException {
    StringBuilder lines = new StringBuilder();
    for (String id : ids) {
      lines.append("{\"id\": \"").append(id).append("\", \"email\": \"").append(id).append("@example.com\", ")
          .append("\"name\": \"New contact\", \"company\": \"Acme\", \"updated_at\": \"").append(Instant.now())
          .append("\"}\n");
    }
    Files.writeString(file, lines, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    return List.of(ids);
  }
}
