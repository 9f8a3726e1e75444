package dev.dovetail.example;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dovetail.runtime.BatchItem;
import dev.dovetail.runtime.PrimaryKey;
import dev.dovetail.runtime.codec.RecordDecodeException;
import dev.dovetail.runtime.codec.UnknownFields;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The codec the processor generated from {@link Asset}: JSON keyed by schema field names, no reflection. */
class AssetCodecTest {
  private static final AssetCodec CODEC = AssetCodec.INSTANCE;

  @Test
  void describesTheSchema() {
    assertThat(CODEC.schemaName()).isEqualTo("asset");
    assertThat(CODEC.primaryKey()).containsExactly("asset_id");
    assertThat(CODEC.keyOf(TestData.asset("a-1", "x.png"))).isEqualTo(new PrimaryKey(List.of("asset_id"), "a-1"));
  }

  @Test
  void roundTripsACompleteRecord() {
    Asset asset = TestData.asset("a-1", "hero.jpg");
    String json = TestData.encode(CODEC, BatchItem.upsert(asset));
    assertThat(json).isEqualTo("{\"asset_id\":\"a-1\",\"name\":\"hero.jpg\",\"description\":\"A test asset\","
        + "\"type\":\"IMAGE\",\"tags\":[\"test\",\"unit\"],\"file_size\":1234,\"width\":640,\"height\":480,"
        + "\"url\":\"https://dam.example.com/a-1\",\"created_at\":1700000000000,"
        + "\"folder\":{\"folder_id\":\"fld-1\",\"path\":\"/tests\"}}");
    assertThat(TestData.decodeItem(CODEC, json)).isEqualTo(BatchItem.upsert(asset));
  }

  @Test
  void ignoredComponentIsNeitherWrittenNorRead() {
    Asset synced = TestData.asset("a-1", "hero.jpg").withSyncedAt(Instant.ofEpochMilli(5));
    String json = TestData.encode(CODEC, BatchItem.upsert(synced));
    assertThat(json).doesNotContain("synced");
    Asset decoded = ((BatchItem.Upsert<Asset>) TestData.decodeItem(CODEC, json)).record();
    assertThat(decoded.syncedAt()).isNull();
    assertThat(decoded).isEqualTo(TestData.asset("a-1", "hero.jpg"));
  }

  @Test
  void absentFieldsTakeJavaDefaults() {
    Asset asset = upsert("{\"asset_id\":\"a-2\",\"name\":\"brief.pdf\",\"type\":\"DOCUMENT\"}");
    assertThat(asset.width()).isNull(); // boxed: absent stays null
    assertThat(asset.fileSize()).isEqualTo(0L); // primitive: absent becomes 0
    assertThat(asset.tags()).isNull();
    assertThat(asset.folder()).isNull();
    // Absent fields are not written back either, except primitives, which always have a value.
    assertThat(TestData.encode(CODEC, BatchItem.upsert(asset)))
        .isEqualTo("{\"asset_id\":\"a-2\",\"name\":\"brief.pdf\",\"type\":\"DOCUMENT\",\"file_size\":0,\"created_at\":0}");
  }

  @Test
  void deleteItemCarriesOnlyTheKey() {
    BatchItem<Asset> item = TestData.decodeItem(CODEC, "{\"asset_id\":\"a-3\",\"_isDeleted\":true}");
    assertThat(item).isEqualTo(BatchItem.delete(new PrimaryKey(List.of("asset_id"), "a-3")));
    assertThat(TestData.encode(CODEC, item)).isEqualTo("{\"asset_id\":\"a-3\",\"_isDeleted\":true}");
    // _isDeleted may come first, and false means upsert.
    assertThat(TestData.decodeItem(CODEC, "{\"_isDeleted\":true,\"asset_id\":\"a-3\"}")).isEqualTo(item);
    assertThat(TestData.decodeItem(CODEC, "{\"asset_id\":\"a-3\",\"name\":\"n\",\"_isDeleted\":false}"))
        .isInstanceOf(BatchItem.Upsert.class);
  }

  @Test
  void unknownFieldsAreIgnoredByDefaultAndRejectedWhenStrict() {
    String json = "{\"asset_id\":\"a-4\",\"name\":\"n\",\"dam_revision\":{\"n\":[1,2]},\"folder\":{\"path\":\"/x\",\"color\":\"red\"}}";
    Asset asset = upsert(json);
    assertThat(asset.folder()).isEqualTo(new Asset.Folder(null, "/x"));

    AssetCodec strict = new AssetCodec(UnknownFields.REJECT);
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> TestData.decodeItem(strict, json));
    assertThat(e).hasCauseThat().isInstanceOf(RecordDecodeException.class);
    assertThat(((RecordDecodeException) e.getCause()).field()).isEqualTo("dam_revision");
  }

  @Test
  void wrongValuesNameTheField() {
    RecordDecodeException badEnum = decodeError("{\"asset_id\":\"a-5\",\"type\":\"AUDIO\"}");
    assertThat(badEnum.field()).isEqualTo("type");
    assertThat(badEnum).hasMessageThat().contains("IMAGE, VIDEO, DOCUMENT");

    // Scalars are read leniently into strings (7 becomes "7"); a structure where a string belongs is an error.
    assertThat(upsert("{\"asset_id\":\"a-5\",\"folder\":{\"folder_id\":7}}").folder().folderId()).isEqualTo("7");
    RecordDecodeException nested = decodeError("{\"asset_id\":\"a-5\",\"folder\":{\"folder_id\":[7]}}");
    assertThat(nested.field()).isEqualTo("folder.folder_id");

    RecordDecodeException tag = decodeError("{\"asset_id\":\"a-5\",\"tags\":[\"ok\",{\"x\":3}]}");
    assertThat(tag.field()).isEqualTo("tags[1]");

    RecordDecodeException noKey = decodeError("{\"name\":\"orphan.png\"}");
    assertThat(noKey.field()).isEqualTo("asset_id");
  }

  @Test
  void everySampleLineDecodesAndReencodesToTheSameItem() throws Exception {
    List<BatchItem<Asset>> items = TestData.items(CODEC, TestData.sample("assets.jsonl"));
    assertThat(items.size()).isAtLeast(50);
    for (BatchItem<Asset> item : items) {
      assertThat(TestData.decodeItem(CODEC, TestData.encode(CODEC, item))).isEqualTo(item);
    }
    Map<String, Asset> state = TestData.replay(items);
    assertThat(state).containsKey("ast-1003");
    assertThat(state.get("ast-1003").name()).isEqualTo("city-sneaker-white-v2.png");
  }

  private static Asset upsert(String json) {
    return ((BatchItem.Upsert<Asset>) TestData.decodeItem(CODEC, json)).record();
  }

  private static RecordDecodeException decodeError(String json) {
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> TestData.decodeItem(CODEC, json));
    assertThat(e).hasCauseThat().isInstanceOf(RecordDecodeException.class);
    return (RecordDecodeException) e.getCause();
  }
}
