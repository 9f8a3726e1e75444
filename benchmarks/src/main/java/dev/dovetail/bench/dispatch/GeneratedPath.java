package dev.dovetail.bench.dispatch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import dev.dovetail.bench.model.BenchAsset;
import dev.dovetail.runtime.Batch;
import dev.dovetail.runtime.BatchItem;
import dev.dovetail.runtime.DeliverResult;
import dev.dovetail.runtime.DestinationDispatcher;
import dev.dovetail.runtime.DestinationHandler;
import dev.dovetail.runtime.codec.RecordCodec;
import dev.dovetail.runtime.codec.UnknownFields;
import dev.dovetail.runtime.runner.DestinationCatalog;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Dovetail's path from JSON lines to {@code deliver()}: the generated dispatcher found through the service index
 * (as the runtime finds it), its generated codec decoding each line into a batch item, and a direct interface call
 * on the handler. This is what the runner's decode-and-deliver step does, without its bookkeeping.
 */
public final class GeneratedPath {
  private final JsonFactory json = new JsonFactory();
  private final DestinationHandler<BenchAsset> handler;
  private final RecordCodec<BenchAsset> codec;

  public GeneratedPath() throws Exception {
    DestinationDispatcher<BenchAsset> dispatcher = noop(DestinationCatalog.load(GeneratedPath.class.getClassLoader()));
    handler = dispatcher.newHandler();
    if (!handler.ready().ready()) {
      throw new IllegalStateException("bench_noop not ready");
    }
    codec = dispatcher.codec(UnknownFields.IGNORE);
  }

  /** The generated dispatcher of the no-op destination. */
  @SuppressWarnings("unchecked")
  public static DestinationDispatcher<BenchAsset> noop(DestinationCatalog catalog) {
    // No lambda here: the cold benchmark should pay only for what the runtime and the generated code do.
    java.util.Optional<DestinationDispatcher<?>> found = catalog.find("bench_noop");
    if (found.isEmpty()) {
      throw new IllegalStateException("bench_noop is not in the service index");
    }
    return (DestinationDispatcher<BenchAsset>) found.get();
  }

  public DeliverResult deliver(List<String> lines) throws Exception {
    List<BatchItem<BenchAsset>> items = new ArrayList<>(lines.size());
    for (String line : lines) {
      items.add(decode(line));
    }
    return handler.deliver(new Batch<>(items, 1, Envelope.SYNC));
  }

  private BatchItem<BenchAsset> decode(String line) throws IOException {
    try (JsonParser parser = json.createParser(line)) {
      parser.nextToken();
      return codec.decodeItem(parser);
    }
  }

  public DestinationHandler<BenchAsset> handler() {
    return handler;
  }
}
