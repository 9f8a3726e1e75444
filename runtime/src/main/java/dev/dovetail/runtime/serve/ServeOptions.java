package dev.dovetail.runtime.serve;

import java.time.Duration;
import java.util.Objects;

/**
 * The policies of {@code serve}, all bounded.
 *
 * @param host address to bind; a non-loopback address requires a {@code token}
 * @param port TCP port, 0 for any free one
 * @param token bearer token every request must carry ({@code Authorization: Bearer <token>}), or {@code null} for none
 * @param maxBodyBytes largest request body accepted, 1 KiB–{@value #MAX_BODY_LIMIT} bytes; larger ones get 413
 * @param threads requests handled at once, 1–{@value #MAX_THREADS}; up to {@value #QUEUE_PER_THREAD} per thread wait
 *     in a queue, beyond that the accepting thread runs the request itself (back pressure)
 * @param stopGrace how long a stop waits for requests in flight
 */
public record ServeOptions(String host, int port, String token, long maxBodyBytes, int threads, Duration stopGrace) {

  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 8080;
  public static final long DEFAULT_MAX_BODY = 10L * 1024 * 1024;
  public static final long MIN_BODY = 1024;
  public static final long MAX_BODY_LIMIT = 1024L * 1024 * 1024;
  public static final int DEFAULT_THREADS = 4;
  public static final int MAX_THREADS = 64;
  public static final int QUEUE_PER_THREAD = 16;
  public static final Duration DEFAULT_STOP_GRACE = Duration.ofSeconds(10);

  public ServeOptions {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(stopGrace, "stopGrace");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
    }
    if (maxBodyBytes < MIN_BODY || maxBodyBytes > MAX_BODY_LIMIT) {
      throw new IllegalArgumentException("the body limit must be between " + MIN_BODY + " and " + MAX_BODY_LIMIT
          + " bytes, got " + maxBodyBytes);
    }
    if (threads < 1 || threads > MAX_THREADS) {
      throw new IllegalArgumentException("threads must be between 1 and " + MAX_THREADS + ", got " + threads);
    }
    token = token == null || token.isBlank() ? null : token;
  }

  /** Loopback on the default port, no token, default limits. */
  public static ServeOptions defaults() {
    return new ServeOptions(DEFAULT_HOST, DEFAULT_PORT, null, DEFAULT_MAX_BODY, DEFAULT_THREADS, DEFAULT_STOP_GRACE);
  }

  public ServeOptions withPort(int newPort) {
    return new ServeOptions(host, newPort, token, maxBodyBytes, threads, stopGrace);
  }

  public ServeOptions withToken(String newToken) {
    return new ServeOptions(host, port, newToken, maxBodyBytes, threads, stopGrace);
  }

  public ServeOptions withMaxBodyBytes(long bytes) {
    return new ServeOptions(host, port, token, bytes, threads, stopGrace);
  }

  public ServeOptions withHost(String newHost) {
    return new ServeOptions(newHost, port, token, maxBodyBytes, threads, stopGrace);
  }

  @Override
  public String toString() {
    return "ServeOptions[host=" + host + ", port=" + port + ", token=" + (token == null ? "none" : "***")
        + ", maxBodyBytes=" + maxBodyBytes + ", threads=" + threads + ", stopGrace=" + stopGrace + "]";
  }
}
