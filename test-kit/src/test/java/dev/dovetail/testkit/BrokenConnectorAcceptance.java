package dev.dovetail.testkit;

import dev.dovetail.testkit.broken.SprocketSynapse;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;

/**
 * The kit on the broken fixture connector ({@code dev.dovetail.testkit.broken}). Not a test of its own (surefire's
 * name patterns leave it out): {@link BrokenConnectorTest} runs it through the EngineTestKit and reads its failures.
 */
class BrokenConnectorAcceptance {

  @ConnectorTest
  Stream<DynamicNode> acceptance() {
    return ConnectorKit.load()
        .synapse("gizmo_api", SynapseFixture.endpoint("memory:").expectRecords("gizmo", 250))
        .synapse("sprocket_api", SynapseFixture.endpoint("memory:").between("cog", SprocketSynapse::addCogs))
        .checks();
  }
}
