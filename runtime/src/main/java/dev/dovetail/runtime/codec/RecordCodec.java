package dev.dovetail.runtime.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.dovetail.runtime.BatchItem;
import dev.dovetail.runtime.PrimaryKey;
import java.io.IOException;
import java.util.List;

/**
 * Codec of a destination record type: besides the object itself it reads and writes delete items
 * ({@code {<primary fields>, "_isDeleted": true}}) and extracts primary keys.
 */
public interface RecordCodec<T> extends ValueCodec<T> {

  /** The flag OCP sets on delete items. */
  String DELETED_FLAG = "_isDeleted";

  /** The schema name ({@code destinations/schema/<name>.yml}). */
  String schemaName();

  /** The primary fields, in schema order. */
  List<String> primaryKey();

  /**
   * Decodes one batch item: an item with {@code _isDeleted: true} becomes a {@link BatchItem.Delete} holding only
   * its key (other fields are ignored); anything else an {@link BatchItem.Upsert}. Both need every primary field.
   */
  BatchItem<T> decodeItem(JsonParser parser) throws IOException;

  /** The primary key of a complete record. */
  PrimaryKey keyOf(T record);

  /** Encodes a batch item: the full record for an upsert, the key plus {@code _isDeleted: true} for a delete. */
  default void encodeItem(BatchItem<T> item, JsonGenerator generator) throws IOException {
    if (item instanceof BatchItem.Upsert<T> upsert) {
      encode(upsert.record(), generator);
    } else if (item instanceof BatchItem.Delete<T> delete) {
      JsonWriters.writeDelete(delete.key(), generator);
    }
  }
}
