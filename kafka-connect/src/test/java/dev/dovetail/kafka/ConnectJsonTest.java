package dev.dovetail.kafka;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.data.Timestamp;
import org.junit.jupiter.api.Test;

/** What converters hand a sink, turned into the JSON the generated codecs read. */
class ConnectJsonTest {

  @Test
  void jsonTextPassesThrough() throws Exception {
    assertThat(ConnectJson.value("{\"a\": 1}")).isEqualTo("{\"a\": 1}");
    assertThat(ConnectJson.value("{\"a\": 1}".getBytes(StandardCharsets.UTF_8))).isEqualTo("{\"a\": 1}");
  }

  @Test
  void schemalessMapsAreWrittenWithTheirDeleteFlag() throws Exception {
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("asset_id", "a1");
    value.put("tags", List.of("x", "y"));
    value.put("folder", Map.of("path", "/p"));
    value.put("width", 640L);
    value.put("_isDeleted", true);
    assertThat(ConnectJson.value(value))
        .isEqualTo("{\"asset_id\":\"a1\",\"tags\":[\"x\",\"y\"],\"folder\":{\"path\":\"/p\"},\"width\":640,"
            + "\"_isDeleted\":true}");
  }

  @Test
  void structsAreWrittenFieldByFieldWithTimesAsEpochMillis() throws Exception {
    Schema folder = SchemaBuilder.struct().field("path", Schema.STRING_SCHEMA).build();
    Schema schema = SchemaBuilder.struct()
        .field("asset_id", Schema.STRING_SCHEMA)
        .field("price", Decimal.schema(2))
        .field("created_at", Timestamp.SCHEMA)
        .field("width", Schema.OPTIONAL_INT32_SCHEMA)
        .field("folder", folder)
        .build();
    Struct value = new Struct(schema)
        .put("asset_id", "a1")
        .put("price", new BigDecimal("12.50"))
        .put("created_at", new Date(1735689600000L))
        .put("folder", new Struct(folder).put("path", "/p"));
    assertThat(ConnectJson.value(value)).isEqualTo(
        "{\"asset_id\":\"a1\",\"price\":12.50,\"created_at\":1735689600000,\"width\":null,\"folder\":{\"path\":\"/p\"}}");
  }

  @Test
  void otherValuesAreNotRecords() {
    ConnectJson.Unreadable e = assertThrows(ConnectJson.Unreadable.class, () -> ConnectJson.value(42));
    assertThat(e).hasMessageThat().contains("a value of type java.lang.Integer is not a record");
  }

  @Test
  void aTombstoneKeyBecomesADeleteItem() throws Exception {
    List<String> key = List.of("asset_id");
    assertThat(ConnectJson.deleteItem("a1", key)).isEqualTo("{\"asset_id\":\"a1\",\"_isDeleted\":true}");
    assertThat(ConnectJson.deleteItem(42L, key)).isEqualTo("{\"asset_id\":42,\"_isDeleted\":true}");
    assertThat(ConnectJson.deleteItem("{\"asset_id\": \"a1\", \"_isDeleted\": false}", key))
        .isEqualTo("{\"asset_id\":\"a1\",\"_isDeleted\":true}");
    assertThat(ConnectJson.deleteItem("{\"asset_id\": \"a1\"}".getBytes(StandardCharsets.UTF_8), key))
        .isEqualTo("{\"asset_id\":\"a1\",\"_isDeleted\":true}");
    assertThat(ConnectJson.deleteItem(Map.of("asset_id", "a1"), key))
        .isEqualTo("{\"asset_id\":\"a1\",\"_isDeleted\":true}");
  }

  @Test
  void aTombstoneKeyThatNamesNoRecordIsUnreadable() {
    assertThat(assertThrows(ConnectJson.Unreadable.class, () -> ConnectJson.deleteItem(null, List.of("id"))))
        .hasMessageThat().isEqualTo("a tombstone (null value) needs the primary key (id) in the record key, and"
            + " this record has no key");
    assertThat(assertThrows(ConnectJson.Unreadable.class, () -> ConnectJson.deleteItem("7", List.of("a", "b"))))
        .hasMessageThat().isEqualTo("the key of a tombstone must be an object with the primary fields a, b, got a"
            + " plain key");
    assertThat(assertThrows(ConnectJson.Unreadable.class, () -> ConnectJson.deleteItem("{\"a\": ", List.of("a"))))
        .hasMessageThat().startsWith("the key of a tombstone is not a JSON object");
  }
}
