package dev.dovetail.testkit;

import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.dovetail.runtime.BatchItem;
import dev.dovetail.runtime.DataSync;
import dev.dovetail.runtime.DestinationDispatcher;
import dev.dovetail.runtime.DestinationHandler;
import dev.dovetail.runtime.ReadyResult;
import dev.dovetail.runtime.RetryPolicy;
import dev.dovetail.runtime.SchemaDefinition;
import dev.dovetail.runtime.Settings;
import dev.dovetail.runtime.codec.RecordCodec;
import dev.dovetail.runtime.codec.RecordDecodeException;
import dev.dovetail.runtime.codec.UnknownFields;
import dev.dovetail.runtime.ocp.InvalidSchemaException;
import dev.dovetail.runtime.runner.DestinationRunner;
import dev.dovetail.runtime.runner.RunListener;
import dev.dovetail.runtime.runner.RunOptions;
import dev.dovetail.runtime.runner.RunSummary;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.function.Executable;

/**
 * The checks of one destination: {@code ready()}, the codec on sample records, delivery of sample records through the
 * runtime's runner (JSON text → codec → batches → {@code deliver()}), and deletes per {@code supports_delete}. Every
 * check runs with the author's settings in scope ({@link Settings#scope}).
 */
final class DestinationChecks<T> {
  static final String READY = "ready() answers ready";
  static final String CODEC = "codec round-trips sample records";
  static final String DELIVERS = "delivers sample records";
  static final String DELETES = "deletes behave per supports_delete";

  private static final DataSync SYNC = new DataSync("dovetail-test-kit", "Dovetail connector test kit");
  private static final Pattern LINE = Pattern.compile("\\bline (\\d+)\\b");

  private final DestinationDispatcher<T> dispatcher;
  private final String name;
  private final Map<String, String> settings;
  private final DestinationSamples rules;

  DestinationChecks(DestinationDispatcher<T> dispatcher, Map<String, String> settings, DestinationSamples rules) {
    this.dispatcher = dispatcher;
    this.name = dispatcher.info().name();
    this.settings = settings;
    this.rules = rules;
  }

  DynamicContainer container() {
    return dynamicContainer(name, Stream.of(
        dynamicTest(READY, scoped(this::ready)),
        dynamicTest(CODEC, scoped(this::codecRoundTrip)),
        dynamicTest(DELIVERS, scoped(this::delivers)),
        dynamicTest(DELETES, scoped(this::deletes))));
  }

  private Executable scoped(Executable check) {
    return () -> {
      try (Settings.Scope scope = Settings.scope(settings)) {
        check.execute();
      }
    };
  }

  private void ready() {
    Findings findings = new Findings(name, READY);
    String fix = "supply the settings it needs to the kit (ConnectorKit.settings(...); supplied: "
        + settings.keySet() + "), or fix ready()";
    try {
      DestinationHandler<T> handler = dispatcher.newHandler();
      ReadyResult result = handler.ready();
      if (result == null) {
        findings.add(dispatcher.info().entryPoint() + ".ready()", "ready() returns a ReadyResult, never null",
            "return ReadyResult.ok() or ReadyResult.notReady(message)");
      } else if (!result.ready()) {
        findings.add(dispatcher.info().entryPoint() + ".ready() answered not ready: " + result.message(),
            "with the settings supplied to the kit, the destination is ready", fix);
      }
    } catch (Exception e) {
      findings.add(dispatcher.info().entryPoint() + ".ready() threw " + describe(e),
          "ready() answers {ready, message} instead of throwing: a thrown exception tells the operator nothing", fix);
    }
    findings.assertNone();
  }

  private void codecRoundTrip() throws Exception {
    Findings findings = new Findings(name, CODEC);
    List<SampleRecords.Sample> samples = samples(findings);
    RecordCodec<T> codec = dispatcher.codec(UnknownFields.REJECT);
    for (SampleRecords.Sample sample : samples) {
      String json = sample.json();
      String back;
      try (JsonParser parser = JsonValues.FACTORY.createParser(json)) {
        parser.nextToken();
        BatchItem<T> item = codec.decodeItem(parser);
        back = encode(codec, item);
      } catch (RecordDecodeException e) {
        findings.add(new Finding(sample.subject(), sample.fieldLine(),
            "the codec accepts every value the schema allows; it rejected field '" + e.field() + "': " + e.problem(),
            "give the field a Java type that holds every value of its OCP type (int: int or Integer, long: long,"
                + " float: double), or declare the values the destination takes with"
                + " ConnectorKit.destination(\"" + name + "\", samples -> samples.values(...))"));
        continue;
      }
      String difference = JsonValues.firstDifference("", sample.values(), JsonValues.parse(back));
      if (difference != null) {
        findings.add(new Finding(sample.subject(), sample.fieldLine(),
            "decoding and encoding a record keeps every value; changed " + difference,
            "a Java type narrower than the OCP type loses values (float for OCP float: use double)"));
      }
    }
    findings.assertNone();
  }

  private void delivers() throws Exception {
    Findings findings = new Findings(name, DELIVERS);
    List<SampleRecords.Sample> samples = samples(findings);
    findings.assertNone();
    StringBuilder input = new StringBuilder();
    for (SampleRecords.Sample sample : samples) {
      input.append(sample.json()).append('\n');
    }
    Run all = run(input.toString(), samples.size());
    if (all.summary.status() == RunSummary.Status.NOT_READY) {
      findings.add("the batch of " + samples.size() + " sample records was not delivered: " + all.problems(),
          "the destination is ready and its schema can be read with the supplied settings",
          "see the '" + READY + "' check");
      findings.assertNone();
    }
    if (!all.summary.hasProblems()) {
      return;
    }
    // Which records fail: each one alone, so a failure names its record and field.
    boolean attributed = false;
    for (SampleRecords.Sample sample : samples) {
      Run alone = run(sample.json() + "\n", 1);
      if (alone.summary.hasProblems()) {
        attributed = true;
        findings.add(new Finding(sample.subject(), sample.fieldLine(),
            "deliver() accepts every record the schema allows; " + withoutLineNumbers(alone.problems()),
            "accept the value (convert or truncate it where the target cannot store it), or, if the destination"
                + " cannot take it by design, declare it: ConnectorKit.destination(\"" + name
                + "\", samples -> samples.required(...) / .values(...))"));
      }
    }
    if (!attributed) {
      findings.add("the batch of all " + samples.size() + " sample records failed, yet each record alone was"
              + " delivered: " + all.problems(),
          "a batch succeeds or fails as a whole and its items are independent",
          "look for state shared between the items of one batch in deliver()");
    }
    findings.assertNone();
  }

  private void deletes() throws Exception {
    Findings findings = new Findings(name, DELETES);
    List<SampleRecords.Sample> samples = samples(findings);
    findings.assertNone();
    List<String> primary = primaryFields();
    List<String> lines = new ArrayList<>();
    lines.add(samples.get(0).json());
    lines.add(samples.get(1).json());
    List<String> deletes = List.of(deleteOf(samples.get(0), primary), deleteOf(samples.get(1), primary),
        deleteOf(samples.get(2), primary));
    lines.addAll(deletes);
    Run run = run(String.join("\n", lines) + "\n", lines.size());
    RunSummary summary = run.summary;
    String subject = "a batch of 2 upserts and 3 deletes (the third of a key never delivered): " + deletes;
    if (dispatcher.info().supportsDelete()) {
      if (summary.hasProblems() || summary.deletesDelivered() != deletes.size()) {
        findings.add(new Finding(subject, null,
            "supports_delete: true, so delete items ({<primary fields>, \"_isDeleted\": true}) reach deliver() mixed"
                + " with upserts, and deleting a key that is not there counts as success (OCP spec §5.5); "
                + (summary.hasProblems() ? withoutLineNumbers(run.problems())
                    : summary.deletesDelivered() + " of " + deletes.size() + " deletes were delivered"),
            "handle BatchItem.Delete in deliver() (batch.deletes()), or declare supportsDelete = false"));
      }
    } else if (summary.deletesDropped() != deletes.size() || summary.deletesDelivered() != 0
        || summary.upsertsDelivered() != 2 || summary.hasProblems()) {
      findings.add(new Finding(subject, null,
          "supports_delete: false, so the runtime drops delete items before deliver(), as the platform does;"
              + " dropped " + summary.deletesDropped() + ", delivered " + summary.deletesDelivered() + " deletes and "
              + summary.upsertsDelivered() + " of 2 upserts" + (summary.hasProblems() ? "; " + run.problems() : ""),
          "the upserts of the batch must still be delivered: see the '" + DELIVERS + "' check"));
    }
    findings.assertNone();
  }

  /** The samples of the destination's current schema; a schema that cannot be read is the finding. */
  private List<SampleRecords.Sample> samples(Findings findings) {
    SchemaDefinition schema;
    try {
      schema = dispatcher.schema();
    } catch (InvalidSchemaException e) {
      findings.add(source() + " returned an invalid schema: " + String.join("; ", e.problems()),
          "a destination schema obeys the OCP schema rules", "fix the schema function");
      return List.of();
    } catch (Exception e) {
      findings.add(source() + " failed: " + describe(e), "the schema can be read with the supplied settings",
          "supply the settings it needs to the kit, or fix the schema function");
      return List.of();
    }
    for (String unknown : rules.unknownFields(SampleRecords.paths(schema))) {
      findings.add("ConnectorKit.destination(\"" + name + "\", ...) declares field '" + unknown + "'",
          "declared sample rules name fields of the schema " + schema.name(), "correct the field name");
    }
    return SampleRecords.of(schema, rules);
  }

  private String source() {
    return dispatcher.info().dynamicSchema() ? "schema function " + dispatcher.info().schemaFunction()
        : "schema " + dispatcher.info().schema();
  }

  private List<String> primaryFields() throws Exception {
    List<String> primary = new ArrayList<>();
    for (SchemaDefinition.Field field : dispatcher.schema().fields()) {
      if (field.primary()) {
        primary.add(field.name());
      }
    }
    return primary;
  }

  private static String deleteOf(SampleRecords.Sample sample, List<String> primary) {
    Map<String, Object> delete = new LinkedHashMap<>();
    for (String field : primary) {
      delete.put(field, sample.values().get(field));
    }
    delete.put(RecordCodec.DELETED_FLAG, Boolean.TRUE);
    return JsonValues.write(delete);
  }

  private Run run(String jsonLines, int batchSize) {
    RunOptions options = new RunOptions(Math.min(batchSize, RunOptions.MAX_BATCH_SIZE), SYNC,
        RetryPolicy.DEFAULT.withMaxRetries(0), UnknownFields.REJECT, RunOptions.MAX_MESSAGES_LIMIT);
    RunSummary summary = new DestinationRunner<>(dispatcher, options, RunListener.NONE).run(new StringReader(jsonLines));
    return new Run(summary);
  }

  private record Run(RunSummary summary) {
    String problems() {
      return String.join("; ", summary.messages());
    }
  }

  /** The runner numbers lines of its input; alone, a record is always line 1, which says nothing to the author. */
  private static String withoutLineNumbers(String problems) {
    Matcher matcher = LINE.matcher(problems);
    return matcher.replaceAll("the record");
  }

  private static <T> String encode(RecordCodec<T> codec, BatchItem<T> item) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = JsonValues.FACTORY.createGenerator(out)) {
      codec.encodeItem(item, generator);
    }
    return out.toString();
  }

  static String describe(Throwable e) {
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }
}
