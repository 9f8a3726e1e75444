package dev.dovetail.processor;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.google.testing.compile.Compilation;
import dev.dovetail.runtime.BatchItem;
import dev.dovetail.runtime.PrimaryKey;
import dev.dovetail.runtime.codec.RecordCodec;
import dev.dovetail.runtime.codec.RecordDecodeException;
import dev.dovetail.runtime.codec.UnknownFields;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the codecs the processor generates for the golden cases: round trips, deletes, and malformed input reported
 * with the field path. The generated classes are loaded from the in-memory compilation.
 */
class GeneratedCodecTest {
  private static final JsonFactory JSON = new JsonFactory();
  private static CompiledClasses records;
  private static CompiledClasses scalars;
  private static CompiledClasses classes;
  private static CompiledClasses feed;

  @BeforeAll
  static void compileGoldenCases() throws IOException {
    records = load("records");
    scalars = load("scalars_and_keys");
    classes = load("classes");
    feed = load("synapse_source_only");
  }

  private static CompiledClasses load(String goldenCase) throws IOException {
    Compilation compilation = GoldenFilesTest.compile(Path.of("src/test/resources/golden", goldenCase).toAbsolutePath());
    assertThat(compilation.errors()).isEmpty();
    return new CompiledClasses(compilation);
  }

  @SuppressWarnings("unchecked")
  private static RecordCodec<Object> codec(CompiledClasses classes, String name) throws ReflectiveOperationException {
    return (RecordCodec<Object>) classes.codec(name);
  }

  @SuppressWarnings("unchecked")
  private static RecordCodec<Object> strictCodec(CompiledClasses classes, String name) throws ReflectiveOperationException {
    return (RecordCodec<Object>) classes.loadClass(name).getConstructor(UnknownFields.class).newInstance(UnknownFields.REJECT);
  }

  private static BatchItem<Object> decode(RecordCodec<Object> codec, String json) throws IOException {
    try (JsonParser parser = JSON.createParser(json)) {
      parser.nextToken();
      return codec.decodeItem(parser);
    }
  }

  private static String encode(RecordCodec<Object> codec, BatchItem<Object> item) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = JSON.createGenerator(out)) {
      codec.encodeItem(item, generator);
    }
    return out.toString();
  }

  private static final String ASSET = "{\"asset_id\":\"a-1\",\"name\":\"Logo ✓\",\"type\":\"IMAGE\",\"tags\":[\"brand\",\"\"],"
      + "\"file_size\":1024,\"folder\":{\"folder_id\":7,\"path\":\"/brand\"},\"versions\":[1,2],\"related\":[5,6],"
      + "\"renditions\":[{\"size\":\"thumb\",\"width\":64,\"height\":null,\"folder\":{\"folder_id\":8,\"path\":\"/t\"}}],"
      + "\"url\":\"https://cdn/a-1.png\"}";

  @Test
  void recordRoundTripsThroughGeneratedCodec() throws Exception {
    RecordCodec<Object> codec = codec(records, "com.acme.AssetCodec");
    BatchItem<Object> item = decode(codec, ASSET);
    assertThat(item).isInstanceOf(BatchItem.Upsert.class);
    Object asset = ((BatchItem.Upsert<Object>) item).record();
    assertThat(asset.toString()).contains("assetId=a-1");
    assertThat(asset.toString()).contains("folder=Folder[folderId=7, path=/brand]");
    // height null is left out on the way back; everything else comes back as it came in.
    assertThat(encode(codec, item)).isEqualTo(ASSET.replace(",\"height\":null", ""));
    assertThat(codec.keyOf(asset)).isEqualTo(new PrimaryKey(List.of("asset_id"), "a-1"));
    assertThat(codec.schemaName()).isEqualTo("asset");
  }

  @Test
  void ignoredComponentGetsItsDefaultAndAbsentFieldsTheirs() throws Exception {
    Object asset = ((BatchItem.Upsert<Object>) decode(codec(records, "com.acme.AssetCodec"), "{\"asset_id\":\"x\"}")).record();
    assertThat(asset.toString()).contains("fileSize=0");
    assertThat(asset.toString()).contains("localCacheKey=null");
    assertThat(asset.toString()).contains("tags=null");
  }

  @Test
  void deleteItemCarriesOnlyTheKey() throws Exception {
    RecordCodec<Object> codec = codec(records, "com.acme.AssetCodec");
    BatchItem<Object> item = decode(codec, "{\"asset_id\":\"a-9\",\"_isDeleted\":true}");
    assertThat(item).isEqualTo(BatchItem.delete(new PrimaryKey(List.of("asset_id"), "a-9")));
    assertThat(encode(codec, item)).isEqualTo("{\"asset_id\":\"a-9\",\"_isDeleted\":true}");
    assertThat(decode(codec, "{\"asset_id\":\"a-9\",\"_isDeleted\":false}")).isInstanceOf(BatchItem.Upsert.class);
  }

  @Test
  void compositeKeyOfPrimitiveAndStringIsRequiredAndKeptInSchemaOrder() throws Exception {
    RecordCodec<Object> codec = codec(scalars, "com.acme.MeasurementCodec");
    assertThat(codec.primaryKey()).containsExactly("station_id", "taken_at").inOrder();
    BatchItem<Object> delete = decode(codec, "{\"taken_at\":\"1700000000\",\"station_id\":\"s1\",\"_isDeleted\":true}");
    assertThat(delete).isEqualTo(BatchItem.delete(new PrimaryKey(List.of("station_id", "taken_at"), "s1", 1700000000L)));
    RecordDecodeException missing = assertThrows(RecordDecodeException.class,
        () -> decode(codec, "{\"station_id\":\"s1\",\"count\":3}"));
    assertThat(missing).hasMessageThat().contains("taken_at");
    assertThat(missing.field()).isEqualTo("taken_at");
  }

  @Test
  void everyScalarKindRoundTrips() throws Exception {
    RecordCodec<Object> codec = codec(scalars, "com.acme.MeasurementCodec");
    String json = "{\"station_id\":\"s1\",\"taken_at\":9007199254740993,\"flag\":-128,\"small\":32767,\"count\":-2147483648,"
        + "\"big\":9223372036854775807,\"ratio\":0.5,\"value\":1.0E300,\"exact\":12345678901234567890.123456789,"
        + "\"valid\":true,\"boxed_flag\":1,\"boxed_small\":2,\"boxed_count\":3,\"boxed_big\":4,\"boxed_ratio\":0.25,"
        + "\"boxed_value\":-0.5,\"boxed_valid\":false,\"samples\":[1.5,-2.0],\"weights\":[0.5],\"bits\":[true,false],"
        + "\"labels\":[\"a\",\"日本\"],\"levels\":[\"LOW\",\"HIGH\"],\"amounts\":[0.1,2],\"yes\":\"y\",\"no\":\"n\","
        + "\"on\":\"o\",\"null\":\"z\"}";
    assertThat(encode(codec, decode(codec, json))).isEqualTo(json);
  }

  /** Array fields of every element kind, written by the generated loops, null elements included. */
  @Test
  void timeAndBooleanArraysRoundTripWithNullElements() throws Exception {
    RecordCodec<Object> codec = codec(feed, "com.acme.feed.ArticleCodec");
    String json = "{\"slug\":\"s\",\"words\":3,"
        + "\"revisions\":[\"2026-01-02T03:04:05.600Z\",null,\"1970-01-01T00:00:00Z\"],"
        + "\"embargo_days\":[\"2026-12-24\"],\"flags\":[true,null,false]}";
    assertThat(encode(codec, decode(codec, json))).isEqualTo(json);
  }

  /** Fields named like the generated decoder's locals ({@code text}, {@code parser}, ...) neither clash nor shadow. */
  @Test
  void fieldsNamedLikeTheDecoderLocalsRoundTrip() throws Exception {
    JavaFileObject note = Sources.source("Note",
        "/**",
        " * A note.",
        " *",
        " * @param text the key",
        " * @param parser who parsed it",
        " * @param field a number",
        " * @param token a level",
        " * @param record whether it is kept",
        " */",
        "@Schema",
        "public record Note(",
        "    @SchemaField(primary = true) String text, String parser, long field, Level token, boolean record) {",
        "  /** Levels. */",
        "  public enum Level { LOW, HIGH }",
        "}");
    JavaFileObject destination = Sources.source("NoteSink",
        "/** Takes notes. */",
        "@Destination",
        "public class NoteSink implements DestinationHandler<Note> {",
        "  @Override public ReadyResult ready() { return ReadyResult.ok(); }",
        "  @Override public DeliverResult deliver(Batch<Note> batch) { return DeliverResult.ok(); }",
        "}");
    Compilation compilation = Sources.compile(Sources.APP, note, destination);
    assertThat(compilation.errors()).isEmpty();
    RecordCodec<Object> codec = codec(new CompiledClasses(compilation), "com.acme.NoteCodec");
    String json = "{\"text\":\"k\",\"parser\":\"p\",\"field\":3,\"token\":\"HIGH\",\"record\":true}";
    assertThat(encode(codec, decode(codec, json))).isEqualTo(json);
    assertDecodeError(codec, "{\"text\":\"k\",\"token\":\"MID\"}", "token", "'MID' is not one of LOW, HIGH");
  }

  @Test
  void wrongTypesAreReportedWithTheFieldPath() throws Exception {
    RecordCodec<Object> codec = codec(records, "com.acme.AssetCodec");
    assertDecodeError(codec, "{\"asset_id\":\"a\",\"file_size\":\"big\"}", "file_size", "expected an integer but found the string \"big\"");
    assertDecodeError(codec, "{\"asset_id\":\"a\",\"file_size\":1.5}", "file_size", "fraction");
    assertDecodeError(codec, "{\"asset_id\":\"a\",\"tags\":\"brand\"}", "tags", "expected an array");
    assertDecodeError(codec, "{\"asset_id\":\"a\",\"type\":\"AUDIO\"}", "type", "'AUDIO' is not one of IMAGE, VIDEO, DOCUMENT");
    assertDecodeError(codec, "{\"asset_id\":\"a\",\"folder\":{\"folder_id\":{}}}", "folder.folder_id", "expected an integer but found an object");
    assertDecodeError(codec, "{\"asset_id\":\"a\",\"renditions\":[{\"width\":\"w\"}]}", "renditions[0].width", "expected an integer");
    assertDecodeError(codec, "{\"asset_id\":\"a\",\"versions\":[1,null]}", "versions[1]", "null is not allowed");
    assertDecodeError(codec, "{\"name\":\"no id\"}", "asset_id", "primary key field is missing");
    assertDecodeError(codec, "[1,2]", null, "expected a JSON object");
    assertDecodeError(codec(scalars, "com.acme.MeasurementCodec"), "{\"station_id\":\"s\",\"taken_at\":1,\"count\":2147483648}",
        "count", "out of range for int");
  }

  @Test
  void malformedJsonIsAParseErrorNotACrash() throws Exception {
    RecordCodec<Object> codec = codec(records, "com.acme.AssetCodec");
    IOException error = assertThrows(IOException.class, () -> decode(codec, "{\"asset_id\":\"a\",\"name\":}"));
    assertThat(error).hasMessageThat().contains("Unexpected character");
  }

  @Test
  void unknownFieldsAreSkippedByDefaultAndRejectedWhenStrict() throws Exception {
    String json = "{\"asset_id\":\"a\",\"extra\":{\"deep\":[1,{\"x\":2}]},\"folder\":{\"folder_id\":1,\"color\":\"red\"}}";
    assertThat(decode(codec(records, "com.acme.AssetCodec"), json)).isInstanceOf(BatchItem.Upsert.class);
    assertDecodeError(strictCodec(records, "com.acme.AssetCodec"), json, "extra", "not a field of this schema");
    assertDecodeError(strictCodec(records, "com.acme.AssetCodec"), json.replace("\"extra\":{\"deep\":[1,{\"x\":2}]},", ""),
        "folder.color", "not a field of this schema");
  }

  @Test
  void plainClassesAreBuiltThroughSettersAndPublicFields() throws Exception {
    RecordCodec<Object> codec = codec(classes, "com.acme.model.ContactCodec");
    String json = "{\"email\":\"a@b.io\",\"first_name\":\"Ada\",\"opted_in\":true,\"score\":7,"
        + "\"addresses\":[{\"street\":\"Main 1\",\"country\":\"NL\"}]}";
    BatchItem<Object> item = decode(codec, json);
    assertThat(encode(codec, item)).isEqualTo(json);
    assertThat(codec.keyOf(((BatchItem.Upsert<Object>) item).record())).isEqualTo(new PrimaryKey(List.of("email"), "a@b.io"));
  }

  private static void assertDecodeError(RecordCodec<Object> codec, String json, String field, String problem) {
    RecordDecodeException error = assertThrows(RecordDecodeException.class, () -> decode(codec, json));
    assertThat(error.field()).isEqualTo(field);
    assertThat(error).hasMessageThat().contains(problem);
  }
}
