package dev.dovetail.runtime.sync;

import com.fasterxml.jackson.core.JsonFactory;
import dev.dovetail.runtime.BatchItem;
import dev.dovetail.runtime.codec.RecordCodec;
import dev.dovetail.runtime.runner.LineDecoder;
import dev.dovetail.runtime.sync.mapping.RecordMapper;
import dev.dovetail.runtime.sync.state.DeadLetter;

/**
 * A source record's text → a destination batch item: the field mapping (when there is one), then the destination's
 * generated codec. Shared by the sync run and the dead-letter replay, so both judge a record the same way.
 */
final class ItemDecoder<T> {
  private static final JsonFactory JSON = new JsonFactory();

  /** Why a record cannot become an item, and at which stage. */
  static final class Rejected extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient DeadLetter.Stage stage;
    private final boolean inMapping;

    Rejected(DeadLetter.Stage stage, boolean inMapping, String reason) {
      super(reason, null, false, false);
      this.stage = stage;
      this.inMapping = inMapping;
    }

    DeadLetter.Stage stage() {
      return stage;
    }

    /** Whether the mapping refused it (else the destination's codec). */
    boolean inMapping() {
      return inMapping;
    }
  }

  private final RecordMapper mapper;
  private final LineDecoder<T> decoder;

  ItemDecoder(RecordMapper mapper, RecordCodec<T> codec) {
    this.mapper = mapper;
    this.decoder = new LineDecoder<>(JSON, codec);
  }

  BatchItem<T> decode(String source) throws Rejected {
    String item = source;
    if (mapper != null) {
      try {
        item = mapper.map(source);
      } catch (RecordMapper.MappingFailure e) {
        throw new Rejected(e.malformed() ? DeadLetter.Stage.READ : DeadLetter.Stage.MAP, true, e.getMessage());
      }
    }
    try {
      char[] chars = item.toCharArray();
      return decoder.decode(chars, 0, chars.length);
    } catch (LineDecoder.RejectedLine e) {
      // Without a mapping the codec is the first to read the text: then malformed JSON is a read failure.
      boolean unreadable = mapper == null && e.getMessage().startsWith("malformed JSON");
      throw new Rejected(unreadable ? DeadLetter.Stage.READ : DeadLetter.Stage.DECODE, false, e.getMessage());
    }
  }
}
