package dev.dovetail.bench.dispatch;

import dev.dovetail.bench.model.BenchDeals;
import dev.dovetail.bench.model.BenchSynapseDispatcher;
import dev.dovetail.runtime.synapse.AuthConfig;
import dev.dovetail.runtime.synapse.Connection;
import dev.dovetail.runtime.synapse.envelope.Envelopes;
import dev.dovetail.runtime.synapse.envelope.Watermark;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The request envelope of the synapse read benchmarks: a {@code READ} of {@code deal} from synapse {@code bench_crm}
 * as the platform sends it (the connection with endpoint and token, the entity's whole Schema in {@code body.entity},
 * the watermark of a routine incremental cycle: a one-day window, no offset, limit or cursor, no flags).
 *
 * <p>Kept as a resource ({@value #RESOURCE}) and read as text, so that preparing it loads neither Jackson nor the
 * runtime before the cold benchmarks' shot. {@link #main} writes it again from the generated dispatcher's Schema
 * (the warm benchmark's setup checks that the two still agree):
 * {@code java -cp benchmarks/target/benchmarks.jar dev.dovetail.bench.dispatch.SynapseEnvelope
 * benchmarks/src/main/resources/dev/dovetail/bench/dispatch/read-deals.json}.
 */
public final class SynapseEnvelope {
  static final String RESOURCE = "read-deals.json";
  /** The synapse and entity the envelope names. */
  public static final String SYNAPSE = "bench_crm";
  public static final String ENTITY = "deal";
  /** The window: from the first deal's update, one day long. */
  public static final long START = BenchDeals.FIRST_UPDATE.toEpochMilli();
  public static final long END = START + 86_400_000L;

  private SynapseEnvelope() {}

  /** The envelope text. */
  public static String read() {
    try (InputStream in = SynapseEnvelope.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing next to " + SynapseEnvelope.class.getName());
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The envelope as the runtime's own builder writes it, from the generated Schema. */
  public static String build() {
    Connection connection = new Connection(SYNAPSE,
        new AuthConfig("https://crm.example.com/", null, null, null, null, null, null, "bench-token", null, null,
            Map.of()),
        null, null, null, null, null, Map.of(), Map.of());
    return Envelopes.read(connection, ENTITY, new BenchSynapseDispatcher().schemaJson(ENTITY),
        new Watermark(START, END, 0, 0, null, false, false, false));
  }

  public static void main(String[] args) throws IOException {
    String text = build() + "\n";
    if (args.length == 0) {
      System.out.print(text);
    } else {
      Files.writeString(Path.of(args[0]), text, StandardCharsets.UTF_8);
    }
  }
}
