package dev.dovetail.runtime.runner;

import com.fasterxml.jackson.core.JsonFactory;
import dev.dovetail.runtime.AuthorErrors;
import dev.dovetail.runtime.BatchDeliverer;
import dev.dovetail.runtime.DestinationDispatcher;
import dev.dovetail.runtime.DestinationHandler;
import dev.dovetail.runtime.DestinationInfo;
import dev.dovetail.runtime.ReadyResult;
import dev.dovetail.runtime.Sleeper;
import dev.dovetail.runtime.codec.RecordCodec;
import dev.dovetail.runtime.ocp.InvalidSchemaException;
import java.io.Reader;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a destination locally the way the OCP platform would: {@code ready()} first, then JSON Lines decoded with the
 * destination's codec, batched, and delivered with retries.
 *
 * <ul>
 *   <li>Not ready (false, a thrown exception, or an invalid dynamic schema) stops the run before any delivery.
 *   <li>A line that is not valid JSON or does not fit the schema is rejected with its line number; the run goes on.
 *   <li>Deletes reach the handler only when the destination supports them; otherwise they are dropped and counted,
 *       as the platform drops them.
 *   <li>Each batch is independent: a failed batch is counted and the next one is still delivered.
 * </ul>
 */
public final class DestinationRunner<T> {
  private static final Logger log = LoggerFactory.getLogger(DestinationRunner.class);

  /** Jackson factories are thread-safe and costly to create: one for all runs. */
  private static final JsonFactory JSON = new JsonFactory();

  private final DestinationDispatcher<T> dispatcher;
  private final RunOptions options;
  private final RunListener listener;
  private final Sleeper sleeper;
  private final RandomGenerator random;

  public DestinationRunner(DestinationDispatcher<T> dispatcher, RunOptions options, RunListener listener) {
    this(dispatcher, options, listener, Sleeper.SYSTEM, new SplittableRandom());
  }

  /** With the time seam and jitter source, for tests. */
  public DestinationRunner(
      DestinationDispatcher<T> dispatcher, RunOptions options, RunListener listener, Sleeper sleeper, RandomGenerator random) {
    this.dispatcher = dispatcher;
    this.options = options;
    this.listener = listener;
    this.sleeper = sleeper;
    this.random = random;
  }

  /** Reads {@code input} to its end (or until the run must stop) and says what happened. Does not close it. */
  public RunSummary run(Reader input) {
    DestinationInfo info = dispatcher.info();
    RunTally tally = new RunTally(info.name(), options.maxMessages(), sleeper);
    log.debug("run of destination {} with {}", info.name(), options);
    DestinationHandler<T> handler = prepareHandler(info, tally);
    RecordCodec<T> codec = handler == null ? null : prepareCodec(info, tally);
    if (codec == null) {
      return tally.summary(RunSummary.Status.NOT_READY);
    }
    BatchDeliverer deliverer = new BatchDeliverer(options.retry(), sleeper, random);
    Batcher<T> batcher = new Batcher<>(handler, deliverer, options.batchSize(), options.sync(), tally, listener);
    return new InputLoop<>(info, new LineDecoder<>(JSON, codec), batcher, tally, listener).run(input);
  }

  /** The handler, if it can be created and says it is ready. */
  private DestinationHandler<T> prepareHandler(DestinationInfo info, RunTally tally) {
    DestinationHandler<T> handler;
    try {
      handler = dispatcher.newHandler();
    } catch (RuntimeException e) {
      notReady(tally, "destination '" + info.name() + "': could not create " + info.entryPoint() + ": " + describe(e), e);
      return null;
    } catch (Error e) {
      // e.g. ExceptionInInitializerError from the class's static initialiser.
      AuthorErrors.rethrowIfFatal(e);
      notReady(tally, "destination '" + info.name() + "': could not create " + info.entryPoint() + ": " + e, e);
      return null;
    }
    ReadyResult ready;
    try {
      ready = handler.ready();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      notReady(tally, "destination '" + info.name() + "' is not ready: interrupted", e);
      return null;
    } catch (Exception e) {
      notReady(tally, "destination '" + info.name() + "' is not ready: ready() threw " + describe(e), e);
      return null;
    } catch (Error e) {
      // A bug in ready() (assertion, stack overflow, missing class): not ready, with the run's summary intact.
      AuthorErrors.rethrowIfFatal(e);
      notReady(tally, "destination '" + info.name() + "' is not ready: ready() threw " + e, e);
      return null;
    }
    if (ready == null || !ready.ready()) {
      String message = ready == null ? "ready() returned no result" : ready.message() == null ? "no message given" : ready.message();
      notReady(tally, "destination '" + info.name() + "' is not ready: " + message, null);
      return null;
    }
    return handler;
  }

  /** The codec; for a dynamic schema this runs the schema function and checks what it returns. */
  private RecordCodec<T> prepareCodec(DestinationInfo info, RunTally tally) {
    try {
      return dispatcher.codec(options.unknownFields());
    } catch (InvalidSchemaException e) {
      notReady(tally, "destination '" + info.name() + "': " + source(info) + " returned an invalid schema with "
          + e.problems().size() + (e.problems().size() == 1 ? " problem" : " problems"), e);
      for (String problem : e.problems()) {
        notReady(tally, "  " + problem, null);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      notReady(tally, "destination '" + info.name() + "': interrupted while getting the schema", e);
    } catch (Exception e) {
      notReady(tally, "destination '" + info.name() + "': " + source(info) + " failed: " + describe(e), e);
    } catch (Error e) {
      AuthorErrors.rethrowIfFatal(e);
      notReady(tally, "destination '" + info.name() + "': " + source(info) + " failed: " + e, e);
    }
    return null;
  }

  private void notReady(RunTally tally, String message, Throwable cause) {
    if (cause != null) {
      log.debug("{}", message, cause);
    }
    tally.problem(message);
    listener.problem(message);
  }

  private static String source(DestinationInfo info) {
    return info.dynamicSchema() ? "schema function " + info.schemaFunction() : "the codec of schema " + info.schema();
  }

  /** {@code IOException: timeout}, or the class name alone when there is no message. */
  static String describe(Throwable e) {
    return e.getMessage() == null ? e.getClass().getName() : e.getClass().getSimpleName() + ": " + e.getMessage();
  }
}
