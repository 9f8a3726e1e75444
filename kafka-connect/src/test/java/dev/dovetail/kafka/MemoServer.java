package dev.dovetail.kafka;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The memo service {@code MemoSynapse} reads: a real HTTP server on a free local port. Memos are listed ascending by
 * update time; a request without the API key is refused (401), so a connector that reads has the key.
 */
final class MemoServer implements AutoCloseable {
  /** A memo as stored: {@code id|updated|text}. */
  record Memo(String id, long updated, String text) {}

  private final String apiKey;
  private final HttpServer server;
  private final List<Memo> memos = new ArrayList<>();
  private int refused;

  MemoServer(String apiKey) throws IOException {
    this.apiKey = apiKey;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/memos", this::list);
    server.start();
  }

  String endpoint() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  synchronized void add(String id, long updated, String text) {
    memos.add(new Memo(id, updated, text));
  }

  synchronized int refused() {
    return refused;
  }

  private void list(HttpExchange exchange) throws IOException {
    try (exchange) {
      int status = 200;
      StringBuilder body = new StringBuilder();
      synchronized (this) {
        if (!apiKey.equals(exchange.getRequestHeaders().getFirst("X-Api-Key"))) {
          status = 401;
          refused++;
          body.append("bad API key");
        } else {
          Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
          long since = Long.parseLong(query.get("since"));
          long until = Long.parseLong(query.get("until"));
          memos.stream().filter(m -> m.updated() >= since && m.updated() <= until)
              .sorted((a, b) -> a.updated() != b.updated() ? Long.compare(a.updated(), b.updated())
                  : a.id().compareTo(b.id()))
              .forEach(m -> body.append(m.id()).append('|').append(m.updated()).append('|').append(m.text())
                  .append('\n'));
        }
      }
      byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(status, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> query = new TreeMap<>();
    for (String pair : raw == null ? new String[0] : raw.split("&")) {
      int eq = pair.indexOf('=');
      query.put(pair.substring(0, eq), pair.substring(eq + 1));
    }
    return query;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
