package dev.dovetail.kafka;

import com.fasterxml.jackson.core.JsonFactory;
import dev.dovetail.runtime.BatchItem;
import dev.dovetail.runtime.codec.RecordCodec;
import dev.dovetail.runtime.runner.LineDecoder;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * A sink record → a batch item, with the destination's generated codec: the value's JSON is an upsert (or a delete
 * when it carries {@code "_isDeleted": true}); a tombstone (null value) is a delete of the primary key its key holds.
 */
final class SinkRecordDecoder<T> {
  private static final JsonFactory JSON = new JsonFactory();

  private final RecordCodec<T> codec;
  private final LineDecoder<T> decoder;

  SinkRecordDecoder(RecordCodec<T> codec) {
    this.codec = codec;
    this.decoder = new LineDecoder<>(JSON, codec);
  }

  /** The item of {@code record}, or why it cannot be one (the record then goes to the error reporter). */
  Decoded<T> decode(SinkRecord record) {
    String json;
    try {
      json = record.value() == null ? ConnectJson.deleteItem(record.key(), codec.primaryKey())
          : ConnectJson.value(record.value());
    } catch (ConnectJson.Unreadable e) {
      return Decoded.problem(e.getMessage());
    }
    try {
      char[] chars = json.toCharArray();
      return Decoded.item(decoder.decode(chars, 0, chars.length));
    } catch (LineDecoder.RejectedLine e) {
      return Decoded.problem((record.value() == null ? "tombstone key: " : "") + e.getMessage());
    }
  }

  /** Either an item or a problem. */
  record Decoded<T>(BatchItem<T> item, String problem) {
    static <T> Decoded<T> item(BatchItem<T> item) {
      return new Decoded<>(item, null);
    }

    static <T> Decoded<T> problem(String problem) {
      return new Decoded<>(null, problem);
    }
  }
}
