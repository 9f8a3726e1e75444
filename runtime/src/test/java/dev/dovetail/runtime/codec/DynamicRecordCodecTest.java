package dev.dovetail.runtime.codec;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.dovetail.runtime.BatchItem;
import dev.dovetail.runtime.DynamicRecord;
import dev.dovetail.runtime.PrimaryKey;
import dev.dovetail.runtime.SchemaDefinition;
import dev.dovetail.runtime.SchemaDefinition.Field;
import dev.dovetail.runtime.ocp.InvalidSchemaException;
import dev.dovetail.runtime.testing.LeadSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class DynamicRecordCodecTest {
  private static final JsonFactory JSON = new JsonFactory();

  private final DynamicRecordCodec codec = codec(UnknownFields.IGNORE);

  private static DynamicRecordCodec codec(UnknownFields policy) {
    try {
      return DynamicRecordCodec.forSchema(LeadSchema.valid(), policy);
    } catch (InvalidSchemaException e) {
      throw new AssertionError(e);
    }
  }

  private static BatchItem<DynamicRecord> item(DynamicRecordCodec codec, String json) throws IOException {
    try (JsonParser p = JSON.createParser(json)) {
      p.nextToken();
      BatchItem<DynamicRecord> item = codec.decodeItem(p);
      assertThat(p.nextToken()).isNull(); // left on the object's END_OBJECT
      return item;
    }
  }

  private DynamicRecord upsert(String json) throws IOException {
    BatchItem<DynamicRecord> item = item(codec, json);
    assertThat(item).isInstanceOf(BatchItem.Upsert.class);
    return ((BatchItem.Upsert<DynamicRecord>) item).record();
  }

  private String encode(BatchItem<DynamicRecord> item) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      codec.encodeItem(item, g);
    }
    return out.toString();
  }

  private RecordDecodeException rejected(DynamicRecordCodec codec, String json) {
    return assertThrows(RecordDecodeException.class, () -> item(codec, json));
  }

  @Test
  void roundTrip() throws IOException {
    String json = "{\"email\":\"ada@acme.io\",\"score\":7,\"tags\":[\"vip\",null,\"ünïcødé\"],"
        + "\"company\":{\"name\":\"Acme\",\"size\":120}}";
    DynamicRecord record = upsert(json);
    assertThat(encode(BatchItem.upsert(record))).isEqualTo(json);
    assertThat(upsert(encode(BatchItem.upsert(record)))).isEqualTo(record);
  }

  @Test
  void valuesTakeTheDocumentedJavaTypes() throws IOException {
    DynamicRecord record = upsert("{\"email\":\"a@b.c\",\"score\":\"42\",\"company\":{\"size\":\"9\"}}");
    assertThat(record.get("score")).isEqualTo(42L);
    assertThat(record.getRecord("company").get("size")).isEqualTo(9L);
    assertThat(record.has("tags")).isFalse();
  }

  @Test
  void floatFieldsHoldDoubles() throws Exception {
    SchemaDefinition priced = new SchemaDefinition("priced", "Priced", "", List.of(
        Field.primary("sku", "SKU", "Key", "long"), Field.of("price", "Price", "Unit price", "float"),
        Field.of("live", "Live", "On sale", "boolean")), null);
    DynamicRecordCodec pricedCodec = DynamicRecordCodec.forSchema(priced, UnknownFields.IGNORE);
    DynamicRecord record = ((BatchItem.Upsert<DynamicRecord>) item(pricedCodec, "{\"sku\":1,\"price\":3,\"live\":\"true\"}")).record();
    assertThat(record.getDouble("price")).isEqualTo(3.0);
    assertThat(record.getBoolean("live")).isTrue();
    assertThat(pricedCodec.keyOf(record)).isEqualTo(new PrimaryKey(List.of("sku"), 1L));
  }

  @Test
  void errorsNameTheFieldPath() {
    assertThat(rejected(codec, "{\"email\":\"a@b.c\",\"score\":3000000000}"))
        .hasMessageThat().isEqualTo("field 'score': 3000000000 is out of range for int");
    assertThat(rejected(codec, "{\"email\":\"a@b.c\",\"score\":1.5}"))
        .hasMessageThat().isEqualTo("field 'score': expected an integer but found the fraction 1.5");
    assertThat(rejected(codec, "{\"email\":\"a@b.c\",\"company\":{\"size\":\"big\"}}"))
        .hasMessageThat().isEqualTo("field 'company.size': expected an integer but found the string \"big\"");
    assertThat(rejected(codec, "{\"email\":\"a@b.c\",\"tags\":[\"a\",{}]}"))
        .hasMessageThat().isEqualTo("field 'tags[1]': expected a string but found an object");
    assertThat(rejected(codec, "{\"email\":\"a@b.c\",\"company\":\"Acme\"}"))
        .hasMessageThat().isEqualTo("field 'company': expected a JSON object for company but found the string \"Acme\"");
  }

  @Test
  void theFirstProblemIsReported() {
    assertThat(rejected(codec, "{\"score\":\"x\",\"email\":\"a@b.c\",\"tags\":7}").field()).isEqualTo("score");
  }

  @Test
  void primaryKeyIsRequired() {
    assertThat(rejected(codec, "{\"score\":1}")).hasMessageThat()
        .isEqualTo("field 'email': primary key field is missing or null");
    assertThat(rejected(codec, "{\"email\":null}").field()).isEqualTo("email");
  }

  @Test
  void unknownFieldsFollowThePolicy() throws IOException {
    assertThat(upsert("{\"email\":\"a@b.c\",\"extra\":{\"deep\":[1,2]},\"company\":{\"hq\":\"x\"}}").has("company")).isTrue();
    DynamicRecordCodec strict = codec(UnknownFields.REJECT);
    assertThat(rejected(strict, "{\"email\":\"a@b.c\",\"extra\":1}")).hasMessageThat()
        .isEqualTo("field 'extra': not a field of this schema");
    assertThat(rejected(strict, "{\"email\":\"a@b.c\",\"company\":{\"hq\":\"x\"}}").field()).isEqualTo("company.hq");
  }

  @Test
  void deleteItemHoldsOnlyTheKey() throws IOException {
    BatchItem<DynamicRecord> item = item(codec, "{\"email\":\"a@b.c\",\"_isDeleted\":true}");
    assertThat(item).isEqualTo(BatchItem.delete(new PrimaryKey(List.of("email"), "a@b.c")));
    assertThat(encode(item)).isEqualTo("{\"email\":\"a@b.c\",\"_isDeleted\":true}");
  }

  @Test
  void deleteIgnoresOtherFieldsEvenBrokenOnesBeforeTheFlag() throws IOException {
    BatchItem<DynamicRecord> item = item(codec, "{\"score\":[{\"x\":[1]}],\"email\":\"a@b.c\",\"tags\":7,\"_isDeleted\":true}");
    assertThat(item).isEqualTo(BatchItem.delete(new PrimaryKey(List.of("email"), "a@b.c")));
  }

  @Test
  void deleteStillNeedsItsKey() {
    assertThat(rejected(codec, "{\"_isDeleted\":true}").field()).isEqualTo("email");
    assertThat(rejected(codec, "{\"email\":{\"a\":1},\"_isDeleted\":true}").field()).isEqualTo("email");
  }

  @Test
  void falseFlagIsAnUpsert() throws IOException {
    assertThat(upsert("{\"email\":\"a@b.c\",\"_isDeleted\":false}").getString("email")).isEqualTo("a@b.c");
  }

  @Test
  void invalidSchemaListsEveryProblem() {
    InvalidSchemaException e = assertThrows(InvalidSchemaException.class,
        () -> DynamicRecordCodec.forSchema(LeadSchema.broken(), UnknownFields.IGNORE));
    assertThat(e.problems()).containsExactly(
        "fields[1].description must be specified",
        "fields[1].type 'integer' does not match any custom_types name").inOrder();
  }

  @Test
  void describesItsSchema() {
    assertThat(codec.schemaName()).isEqualTo("lead");
    assertThat(codec.primaryKey()).containsExactly("email");
    assertThat(codec.type().fieldNames()).contains("company");
  }
}
