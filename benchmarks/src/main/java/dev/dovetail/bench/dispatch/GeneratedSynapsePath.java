package dev.dovetail.bench.dispatch;

import dev.dovetail.runtime.runner.SynapseCatalog;
import dev.dovetail.runtime.synapse.SynapseDispatcher;
import dev.dovetail.runtime.synapse.envelope.EnvelopeHandler;
import dev.dovetail.runtime.synapse.envelope.Reply;
import java.util.Optional;

/**
 * Dovetail's path from a request envelope to the reply body: the generated dispatcher found through the service
 * index (as {@code invoke} and {@code serve} find it) and the runtime's {@link EnvelopeHandler}, which parses the
 * envelope, calls the author's {@code @Read} method through the generated binding and writes the reply with the
 * generated codec.
 */
public final class GeneratedSynapsePath {
  private final EnvelopeHandler handler;

  public GeneratedSynapsePath() {
    handler = new EnvelopeHandler(find(SynapseCatalog.load(GeneratedSynapsePath.class.getClassLoader())));
  }

  private static SynapseDispatcher find(SynapseCatalog catalog) {
    // No lambda here: the cold benchmark should pay only for what the runtime and the generated code do.
    Optional<SynapseDispatcher> found = catalog.find(SynapseEnvelope.SYNAPSE);
    if (found.isEmpty()) {
      throw new IllegalStateException(SynapseEnvelope.SYNAPSE + " is not in the service index");
    }
    return found.get();
  }

  /** The reply body; an error reply fails (a benchmark of an error reply would measure the wrong thing). */
  public String handle(String envelope) {
    Reply reply = handler.handle(envelope);
    if (reply.isError()) {
      throw new IllegalStateException("the generated path answered an error: " + reply.body());
    }
    return reply.body();
  }
}
