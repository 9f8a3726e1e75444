package dev.dovetail.runtime.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.dovetail.runtime.synapse.envelope.EnvelopeHandler;
import dev.dovetail.runtime.synapse.envelope.ErrorBody;
import dev.dovetail.runtime.synapse.envelope.Reply;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One HTTP request: checks in this order, each answered before the body is read —
 *
 * <ol>
 *   <li>bearer token, when one is configured: missing or wrong → 401;
 *   <li>path: {@code /} (the default synapse) or {@code /<synapse>}, else 404;
 *   <li>method: only {@code POST}, else 405 with {@code Allow: POST};
 *   <li>size: a declared {@code Content-Length} over the limit → 413 without reading; an undeclared length is read up
 *       to the limit, and 413 once it goes over;
 * </ol>
 *
 * then the envelope is handled. While the server stops, new requests get 503. Its reply goes back with 200 whatever it says (contract errors included), except a
 * body that is not JSON at all: 400, with the contract's error body. HTTP-level answers also carry an error body.
 */
final class EnvelopeExchange implements HttpHandler {
  private static final Logger log = LoggerFactory.getLogger(EnvelopeExchange.class);

  private final Map<String, EnvelopeHandler> handlers;
  private final String defaultSynapse;
  private final ServeOptions options;
  private final byte[] token;
  private final InFlight inFlight;

  EnvelopeExchange(Map<String, EnvelopeHandler> handlers, String defaultSynapse, ServeOptions options,
      InFlight inFlight) {
    this.inFlight = inFlight;
    this.handlers = handlers;
    this.defaultSynapse = defaultSynapse;
    this.options = options;
    this.token = options.token() == null ? null : options.token().getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    if (!inFlight.enter()) {
      try {
        exchange.getResponseHeaders().set("Connection", "close");
        sendError(exchange, 503, "Service unavailable", "the server is stopping");
      } finally {
        exchange.close();
      }
      return;
    }
    try {
      respond(exchange);
    } catch (IOException | RuntimeException e) {
      // The client went away, or a bug: never let it kill the server thread.
      log.warn("{} {}: {}", exchange.getRequestMethod(), exchange.getRequestURI().getPath(), e.toString());
      try {
        sendError(exchange, 500, "Internal error", null);
      } catch (IOException | RuntimeException ignored) {
        // The response may already have started; nothing more to do.
      }
    } finally {
      exchange.close();
      inFlight.exit();
    }
  }

  private void respond(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getPath();
    if (!authorized(exchange)) {
      exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"dovetail\"");
      sendError(exchange, 401, "Unauthorized", "a valid 'Authorization: Bearer <token>' header is required");
      return;
    }
    EnvelopeHandler handler = route(path);
    if (handler == null) {
      sendError(exchange, 404, "Not found", "no synapse at " + abbreviate(path) + "; served: "
          + SynapseServer.paths(List.copyOf(handlers.keySet()), defaultSynapse));
      return;
    }
    if (!method.equals("POST")) {
      exchange.getResponseHeaders().set("Allow", "POST");
      sendError(exchange, 405, "Method not allowed", "send the envelope with POST");
      return;
    }
    String body = readBody(exchange);
    if (body == null) {
      exchange.getResponseHeaders().set("Connection", "close");
      sendError(exchange, 413, "Request body too large", "the limit is " + options.maxBodyBytes() + " bytes");
      return;
    }
    Reply reply = handler.handle(body);
    log.debug("POST {} -> {}", path, reply.isError() ? reply.error().summary() : "ok");
    send(exchange, reply.malformedRequest() ? 400 : 200, reply.contentType(), reply.body());
  }

  private boolean authorized(HttpExchange exchange) {
    if (token == null) {
      return true;
    }
    String header = exchange.getRequestHeaders().getFirst("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return false;
    }
    byte[] given = header.substring(7).trim().getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(token, given);
  }

  private EnvelopeHandler route(String path) {
    String name = path == null ? "" : path;
    while (name.startsWith("/")) {
      name = name.substring(1);
    }
    while (name.endsWith("/")) {
      name = name.substring(0, name.length() - 1);
    }
    if (name.isEmpty()) {
      return defaultSynapse == null ? null : handlers.get(defaultSynapse);
    }
    return name.contains("/") ? null : handlers.get(name);
  }

  /** The body as text, or {@code null} when it is larger than the limit (then not read further). */
  private String readBody(HttpExchange exchange) throws IOException {
    long limit = options.maxBodyBytes();
    String declared = exchange.getRequestHeaders().getFirst("Content-Length");
    if (declared != null) {
      try {
        if (Long.parseLong(declared.trim()) > limit) {
          return null;
        }
      } catch (NumberFormatException e) {
        // The server itself rejects a bad Content-Length; read with the limit in any case.
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[16 * 1024];
    try (InputStream in = exchange.getRequestBody()) {
      int read;
      while ((read = in.read(buffer)) >= 0) {
        if (out.size() + (long) read > limit) {
          return null;
        }
        out.write(buffer, 0, read);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static void sendError(HttpExchange exchange, int status, String message, String detail) throws IOException {
    send(exchange, status, "application/json; charset=utf-8", new ErrorBody(status, message, detail).toJson());
  }

  private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  private static String abbreviate(String path) {
    return path.length() > 60 ? path.substring(0, 57) + "..." : path;
  }
}
