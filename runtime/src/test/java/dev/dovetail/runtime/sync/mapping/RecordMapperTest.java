package dev.dovetail.runtime.sync.mapping;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonFactory;
import dev.dovetail.runtime.SchemaDefinition;
import dev.dovetail.runtime.SchemaDefinition.Field;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordMapperTest {
  private static final SourceSchema DEAL = new SourceSchema("deal", List.of(
      new SourceField("id", "integer", true, false),
      new SourceField("title", "string", false, false),
      new SourceField("value", "decimal", false, false),
      new SourceField("person_id", "reference", false, false),
      new SourceField("labels", "string", false, true)));
  private static final SchemaDefinition ROW = new SchemaDefinition("deal_row", "Deal", "d", List.of(
      Field.primary("deal_id", "Deal ID", "id", "long"),
      Field.of("title", "Title", "t", "string"),
      Field.of("headline", "Headline", "t", "string"),
      Field.of("value", "Value", "v", "float"),
      Field.of("value_text", "Value", "v", "string"),
      Field.of("person_id", "Person", "p", "long"),
      Field.of("labels", "Labels", "l", "[string]")), List.of());

  private static RecordMapper mapper(String... pairs) throws Exception {
    Map<String, String> mapping = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      mapping.put(pairs[i], pairs[i + 1]);
    }
    return new RecordMapper(new JsonFactory(), MappingPlan.build(DEAL, ROW, mapping, "entity deal", "deal_row"),
        RecordMapper.Shape.RECORD);
  }

  @Test
  void mapsValuesConvertingWhereTheTypesAsk() throws Exception {
    RecordMapper mapper = mapper("deal_id", "id", "title", "title", "headline", "title", "value", "value",
        "value_text", "value", "person_id", "person_id", "labels", "labels");

    String item = mapper.map("{\"id\": \"7\", \"deleted\": false, \"values\": {\"id\": 7, \"title\": \"Ünïcode \\\"q\\\"\","
        + " \"value\": 12.50, \"person_id\": \"42\", \"labels\": [\"a\", \"b\"], \"extra\": {\"x\": 1}},"
        + " \"lastModified\": 1}");

    assertThat(item).isEqualTo("{\"deal_id\":7,\"title\":\"Ünïcode \\\"q\\\"\",\"headline\":\"Ünïcode \\\"q\\\"\","
        + "\"value\":12.50,\"value_text\":\"12.50\",\"person_id\":42,\"labels\":[\"a\",\"b\"]}");
  }

  @Test
  void aDeletedRecordWithoutValuesTakesItsKeyFromTheRecordId() throws Exception {
    String item = mapper("deal_id", "id", "title", "title").map("{\"id\": \"99\", \"deleted\": true, \"values\": {}}");

    assertThat(item).isEqualTo("{\"deal_id\":99,\"_isDeleted\":true}");
  }

  @Test
  void aValueThatCannotBeConvertedFailsTheRecordNamingTheField() throws Exception {
    RecordMapper mapper = mapper("deal_id", "id", "person_id", "person_id");

    RecordMapper.MappingFailure e = assertThrows(RecordMapper.MappingFailure.class,
        () -> mapper.map("{\"values\": {\"id\": 1, \"person_id\": \"p-17\"}}"));
    assertThat(e.getMessage()).isEqualTo("person_id → person_id (long): 'p-17' is not a whole number");
    assertThat(e.malformed()).isFalse();
  }

  @Test
  void textThatIsNotJsonIsMalformed() throws Exception {
    RecordMapper mapper = mapper("deal_id", "id");

    RecordMapper.MappingFailure e = assertThrows(RecordMapper.MappingFailure.class, () -> mapper.map("{\"values\": {"));
    assertThat(e.malformed()).isTrue();
    assertThat(e.getMessage()).startsWith("malformed JSON: ");
  }

  @Test
  void flatRecordsKeepTheirDeleteFlag() throws Exception {
    RecordMapper flat = new RecordMapper(new JsonFactory(), MappingPlan.build(null, ROW,
        Map.of("deal_id", "key"), "file", "deal_row"), RecordMapper.Shape.FLAT);

    assertThat(flat.map("{\"key\": 5, \"_isDeleted\": true, \"other\": [1]}")).isEqualTo("{\"deal_id\":5,\"_isDeleted\":true}");
  }
}
