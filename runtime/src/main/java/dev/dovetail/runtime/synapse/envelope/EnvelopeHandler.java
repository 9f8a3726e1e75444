package dev.dovetail.runtime.synapse.envelope;

import dev.dovetail.runtime.synapse.Connection;
import dev.dovetail.runtime.synapse.EntityBinding;
import dev.dovetail.runtime.synapse.RequestType;
import dev.dovetail.runtime.synapse.SynapseDispatcher;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * The synapse's {@code execute()}: one request envelope in, the reply body out (contract §2). Stateless and
 * thread-safe; the generated dispatcher creates an instance of the author's class per call.
 *
 * <table>
 *   <caption>Request types</caption>
 *   <tr><th>type</th><th>reply</th></tr>
 *   <tr><td>SYNAPSE_INFO</td><td>the dispatcher's SynapseInfo JSON, verbatim</td></tr>
 *   <tr><td>TEST</td><td>the Connection the author's test returns, every field written, extra keys echoed</td></tr>
 *   <tr><td>DESCRIBE</td><td>Schemas as JSON strings: all for {@code entities: []}, else the named ones — see
 *       {@code DescribeOperation}</td></tr>
 *   <tr><td>READ</td><td>{@code {data, watermark, offsetType}} — see {@code ReadOperation}</td></tr>
 *   <tr><td>GET_BY_ID</td><td>Records as JSON strings — see {@code GetByIdOperation}</td></tr>
 *   <tr><td>CREATE, UPDATE, DELETE</td><td>Results as JSON strings, in input order — see {@code WriteOperation}</td></tr>
 *   <tr><td>anything else</td><td>405 {@code Operation RequestType.X is not supported}</td></tr>
 * </table>
 *
 * <p>Errors are reply bodies too (see {@code Failures}); an envelope that is not JSON, has no or an unknown
 * {@code type}, or lacks the {@code connection} its type needs answers 400.
 */
public final class EnvelopeHandler {
  private final SynapseDispatcher dispatcher;
  private final Clock clock;

  public EnvelopeHandler(SynapseDispatcher dispatcher) {
    this(dispatcher, Clock.systemUTC());
  }

  /** With the clock the read skew is measured against (tests pass a fixed one). */
  public EnvelopeHandler(SynapseDispatcher dispatcher, Clock clock) {
    this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public SynapseDispatcher dispatcher() {
    return dispatcher;
  }

  /**
   * Answers one request envelope. Never throws for anything the request or the author's code does, except a
   * {@link VirtualMachineError} the process does not survive (out of memory, internal error).
   */
  public Reply handle(String envelopeJson) {
    Envelope envelope;
    try {
      envelope = EnvelopeParser.parse(envelopeJson);
    } catch (RequestFailure failure) {
      if (EnvelopeLog.DEBUG) {
        EnvelopeLog.of(EnvelopeHandler.class).debug("{}: rejected request: {}", dispatcher.name(),
            failure.error().summary());
      }
      return failure.malformed() ? Reply.malformed(failure.error()) : Reply.error(failure.error());
    }
    RequestType type = envelope.type();
    try {
      if (EnvelopeLog.DEBUG) {
        EnvelopeLog.of(EnvelopeHandler.class).debug("{}: {} request (syncariId {})", dispatcher.name(), type,
            envelope.syncariId());
      }
      return dispatch(envelope);
    } catch (Exception | Error e) {
      // Errors too: an author's assertion, stack overflow or missing class fails this request, not the process;
      // Failures rethrows those the JVM does not survive (out of memory).
      Redactor redactor = redactor(envelope);
      ErrorBody error = Failures.toErrorBody(type, e, redactor);
      Failures.log(dispatcher.name(), type, error, e, redactor);
      return Reply.error(error);
    }
  }

  private Reply dispatch(Envelope envelope) throws Exception {
    RequestType type = envelope.type();
    return switch (type) {
      case SYNAPSE_INFO -> Reply.json(required(type, dispatcher.synapseInfoJson()));
      case TEST -> test(envelope.connection());
      case DESCRIBE -> Reply.json(new DescribeOperation(dispatcher, envelope.connection())
          .run(envelope.scan().checked().entities()));
      case READ, GET_BY_ID, CREATE, UPDATE, DELETE -> entityOperation(envelope);
      default -> throw new UnsupportedOperationException(type.sdkName());
    };
  }

  private Reply test(Connection connection) throws Exception {
    Connection tested = dispatcher.test(connection);
    if (tested == null) {
      throw new RequestFailure(ErrorBody.invalidResponse(RequestType.TEST, "null"));
    }
    return Reply.json(ConnectionJson.toJson(tested));
  }

  private Reply entityOperation(Envelope envelope) throws Exception {
    BodyScan body = envelope.scan().checked();
    if (body.entity() == null) {
      throw RequestFailure.invalid("body.entity.apiName is required for " + envelope.type().sdkName());
    }
    EntityBinding<?> binding = binding(body.entity());
    if (!binding.operations().contains(envelope.type())) {
      throw new UnsupportedOperationException(envelope.type().sdkName());
    }
    return Reply.json(run(binding, envelope, body));
  }

  private <T> String run(EntityBinding<T> binding, Envelope envelope, BodyScan body) throws Exception {
    Connection connection = envelope.connection();
    RequestType type = envelope.type();
    return switch (type) {
      case READ -> {
        if (body.watermark() == null) {
          throw RequestFailure.invalid("body.watermark is required for " + type.sdkName());
        }
        yield new ReadOperation<>(binding, dispatcher.pageSize(), dispatcher.readSkewSeconds(), clock)
            .run(body.watermark(), connection);
      }
      case GET_BY_ID -> new GetByIdOperation<>(binding, connection).run(InputRecords.ids(envelope.body()));
      case CREATE, UPDATE -> new WriteOperation<>(type, binding, dispatcher.apiMaxCrudSize(), connection,
          redactor(envelope)).run(InputRecords.decoded(envelope.body(), binding.codec()));
      case DELETE -> new WriteOperation<>(type, binding, dispatcher.apiMaxCrudSize(), connection, redactor(envelope))
          .run(InputRecords.<T>typedIds(envelope.body()));
      default -> throw new UnsupportedOperationException(type.sdkName());
    };
  }

  /**
   * The request's secrets, for error bodies, per-record errors and logs. Built only where one of those is written:
   * a READ that succeeds never loads the Redactor's classes.
   */
  private Redactor redactor(Envelope envelope) {
    return Redactor.of(envelope.connection(), dispatcher.secretFields());
  }

  /** The entity's binding; an unknown entity is a 400 naming it (a 404 would read as "no records" on GET_BY_ID). */
  private EntityBinding<?> binding(String apiName) throws RequestFailure {
    EntityBinding<?> binding = dispatcher.entity(apiName);
    if (binding == null) {
      List<String> known = dispatcher.entities().stream().map(EntityBinding::apiName).toList();
      throw new RequestFailure(ErrorBody.unknownEntity(dispatcher.name(), apiName, known));
    }
    return binding;
  }

  private static String required(RequestType type, String json) throws RequestFailure {
    if (json == null) {
      throw new RequestFailure(ErrorBody.invalidResponse(type, "null"));
    }
    return json;
  }
}
