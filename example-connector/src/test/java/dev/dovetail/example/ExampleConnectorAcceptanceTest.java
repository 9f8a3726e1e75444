package dev.dovetail.example;

import dev.dovetail.testkit.ConnectorKit;
import dev.dovetail.testkit.ConnectorTest;
import dev.dovetail.testkit.SynapseFixture;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Dovetail test kit's acceptance checks on this connector: the three SQL destinations against a fresh SQLite file,
 * the {@code demo_crm} synapse against its in-process demo CRM ({@code demo:300}: 300 deals, 40 persons).
 *
 * <p>The tables have constraints OCP schemas cannot express; they are declared here so the kit's sample records stay
 * within them: assets and deals need a name / title, a deal's value is not negative, its dates are ISO-8601 text; the
 * demo CRM takes only ISO 4217 currency codes.
 *
 * <p>The resume check on {@code deal} creates deals between its two reads and expects exactly those back; the demo CRM
 * has no way to add persons, so on {@code person} it only checks that nothing new comes back, and says so (aborted).
 */
class ExampleConnectorAcceptanceTest {
  @TempDir Path dir;

  @ConnectorTest
  Stream<DynamicNode> acceptance() {
    return ConnectorKit.load()
        .settings(Map.of("sqlite.path", dir.resolve("kit.db").toString()))
        .destination("asset_sqlite", samples -> samples.required("name"))
        .destination("deal_sql", samples -> samples
            .required("title")
            .values("value", 1250.5, 0, 0.01, 1_000_000_000.25)
            .values("expected_close_date", "2026-03-31", "1999-12-31")
            .values("updated_at", "2026-03-01T10:15:30Z", "2026-03-01T12:15:30+02:00")
            .values("added_at", "2026-02-01T08:00:00Z"))
        .synapse("demo_crm", SynapseFixture.fields(Map.of("endpoint", "demo:300", "accessToken", "demo-token"))
            .expectRecords("deal", 300)
            .expectRecords("person", 40)
            .value("deal", "currency", "EUR"))
        .checks();
  }
}
