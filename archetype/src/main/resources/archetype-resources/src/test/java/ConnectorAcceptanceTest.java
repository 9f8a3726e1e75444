package ${package};

import dev.dovetail.testkit.ConnectorKit;
import dev.dovetail.testkit.ConnectorTest;
import dev.dovetail.testkit.SynapseFixture;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dovetail's acceptance checks on every destination and synapse of this connector: the generated manifest and schema
 * files obey the OCP rules; each destination answers {@code ready()}, keeps every sample value through its codec,
 * takes a batch of sample records (every type, edge values) and its deletes; the synapse's describe matches its
 * entities, and a read of the fixture pages to the end without duplicates or gaps and resumes from its watermark.
 */
class ConnectorAcceptanceTest {
  @TempDir Path dir;

  @ConnectorTest
  Stream<DynamicNode> acceptance() {
    return ConnectorKit.load()
        .settings(Map.of("contacts.dir", dir.resolve("contacts").toString()))
        .synapse("contact_source", SynapseFixture.fields(Map.of("path", "sample/contacts.jsonl"))
            .expectRecords("contact", 250))
        .checks();
  }
}
