package dev.dovetail.runtime.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import dev.dovetail.runtime.BatchItem;
import dev.dovetail.runtime.DynamicRecord;
import dev.dovetail.runtime.DynamicRecordType;
import dev.dovetail.runtime.PrimaryKey;
import dev.dovetail.runtime.SchemaDefinition;
import dev.dovetail.runtime.ocp.InvalidSchemaException;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;

/**
 * The codec of a destination whose schema comes from a {@link dev.dovetail.runtime.DestinationSchemaFunction}: what
 * a generated {@code <Type>Codec} is for a static schema, built at run time from the checked schema.
 */
public final class DynamicRecordCodec implements RecordCodec<DynamicRecord> {
  private final DynamicRecordType type;
  private final DynamicObjectCodec root;
  private final int[] keyIndexes;

  private DynamicRecordCodec(DynamicRecordType type, UnknownFields unknownFields) {
    this.type = type;
    this.root = DynamicObjectCodec.of(type, unknownFields, new HashMap<>());
    this.keyIndexes = type.primaryKey().stream().mapToInt(type::indexOf).toArray();
  }

  /**
   * Checks {@code schema} with every OCP schema rule, then builds its codec.
   *
   * @throws InvalidSchemaException listing every problem of the schema
   */
  public static DynamicRecordCodec forSchema(SchemaDefinition schema, UnknownFields unknownFields) throws InvalidSchemaException {
    return new DynamicRecordCodec(DynamicRecordType.of(schema), unknownFields);
  }

  /** The record type every decoded record has; also builds records ({@link DynamicRecordType#newRecord()}). */
  public DynamicRecordType type() {
    return type;
  }

  @Override
  public String schemaName() {
    return type.name();
  }

  @Override
  public List<String> primaryKey() {
    return type.primaryKey();
  }

  @Override
  public DynamicRecord decode(JsonParser p) throws IOException {
    Envelope envelope = readEnvelope(p);
    envelope.throwDeferred();
    return requireKey(envelope.record.build());
  }

  @Override
  public BatchItem<DynamicRecord> decodeItem(JsonParser p) throws IOException {
    Envelope envelope = readEnvelope(p);
    if (envelope.deleted) {
      return BatchItem.delete(keyFrom(envelope.record));
    }
    envelope.throwDeferred();
    return BatchItem.upsert(requireKey(envelope.record.build()));
  }

  @Override
  public void encode(DynamicRecord value, JsonGenerator g) throws IOException {
    root.encode(value, g);
  }

  @Override
  public PrimaryKey keyOf(DynamicRecord record) {
    Object[] values = new Object[keyIndexes.length];
    for (int i = 0; i < values.length; i++) {
      values[i] = record.get(keyIndexes[i]);
    }
    return new PrimaryKey(type.primaryKey(), values);
  }

  /** The top-level object: its fields, the {@code _isDeleted} flag, and the first problem in a non-key field. */
  private static final class Envelope {
    final DynamicRecord.Builder record;
    boolean deleted;
    RecordDecodeException deferred;

    Envelope(DynamicRecord.Builder record) {
      this.record = record;
    }

    void throwDeferred() throws RecordDecodeException {
      if (deferred != null) {
        throw deferred;
      }
    }
  }

  /**
   * Reads the top-level object. A problem in a non-key field is held back until the end: the {@code _isDeleted}
   * flag may come last, and a delete item ignores every field but its key.
   */
  private Envelope readEnvelope(JsonParser p) throws IOException {
    JsonReaders.expectObject(p, "a " + type.name() + " record");
    Envelope envelope = new Envelope(type.newRecord());
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonStreamContext object = p.getParsingContext();
      p.nextToken();
      if (DELETED_FLAG.equals(name)) {
        envelope.deleted = JsonReaders.readBoolean(p, name);
        continue;
      }
      int index = type.indexOf(name);
      try {
        if (index < 0) {
          JsonReaders.unknownField(p, name, root.unknownFields());
        } else {
          envelope.record.set(index, root.readField(p, index, name));
        }
      } catch (RecordDecodeException e) {
        if (index >= 0 && type.field(index).primary()) {
          throw e;
        }
        if (envelope.deferred == null) {
          envelope.deferred = e;
        }
        skipRestOfValue(p, object);
      }
    }
    return envelope;
  }

  /** After a failed value, moves the parser to that value's last token, back in the enclosing object. */
  private static void skipRestOfValue(JsonParser p, JsonStreamContext object) throws IOException {
    while (p.getParsingContext() != object && p.nextToken() != null) {
      // Nested containers close one by one until the field's own object is current again.
    }
  }

  private DynamicRecord requireKey(DynamicRecord record) throws RecordDecodeException {
    for (int index : keyIndexes) {
      JsonReaders.requireKey(record.get(index), type.field(index).name());
    }
    return record;
  }

  private PrimaryKey keyFrom(DynamicRecord.Builder record) throws RecordDecodeException {
    Object[] values = new Object[keyIndexes.length];
    for (int i = 0; i < values.length; i++) {
      values[i] = JsonReaders.requireKey(record.get(keyIndexes[i]), type.field(keyIndexes[i]).name());
    }
    return new PrimaryKey(type.primaryKey(), values);
  }
}
