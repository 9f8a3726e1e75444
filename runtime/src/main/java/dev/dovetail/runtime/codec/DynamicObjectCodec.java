package dev.dovetail.runtime.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.dovetail.runtime.DynamicRecord;
import dev.dovetail.runtime.DynamicRecordType;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Codec of one {@link DynamicRecordType} (a schema or a custom type). Readers and writers are chosen once per field
 * when the codec is built, so decoding a record is a map lookup and a direct call per field, with the same leniency
 * and messages as the generated codecs ({@link JsonReaders}).
 */
final class DynamicObjectCodec implements ValueCodec<DynamicRecord> {

  /** How one field is read and written. */
  private record FieldCodec(ElementReader<?> reader, ElementWriter<Object> writer) {}

  private final DynamicRecordType type;
  private final UnknownFields unknownFields;
  private final FieldCodec[] fields;

  private DynamicObjectCodec(DynamicRecordType type, UnknownFields unknownFields, Map<DynamicRecordType, DynamicObjectCodec> built) {
    this.type = type;
    this.unknownFields = unknownFields;
    this.fields = new FieldCodec[type.size()];
    built.put(type, this);
    for (int i = 0; i < fields.length; i++) {
      fields[i] = fieldCodec(type.field(i).type(), built);
    }
  }

  /** The codec of {@code type}, sharing one codec per custom type through {@code built}. */
  static DynamicObjectCodec of(DynamicRecordType type, UnknownFields unknownFields, Map<DynamicRecordType, DynamicObjectCodec> built) {
    DynamicObjectCodec codec = built.get(type);
    return codec != null ? codec : new DynamicObjectCodec(type, unknownFields, built);
  }

  DynamicRecordType type() {
    return type;
  }

  UnknownFields unknownFields() {
    return unknownFields;
  }

  /** Reads the value of the field at {@code index}; the parser is on the value's first token. */
  Object readField(JsonParser p, int index, String name) throws IOException {
    return fields[index].reader().read(p, name);
  }

  @Override
  public DynamicRecord decode(JsonParser p) throws IOException {
    JsonReaders.expectObject(p, type.name());
    DynamicRecord.Builder record = type.newRecord();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      int index = type.indexOf(name);
      if (index < 0) {
        JsonReaders.unknownField(p, name, unknownFields);
      } else {
        record.set(index, readField(p, index, name));
      }
    }
    return record.build();
  }

  @Override
  public void encode(DynamicRecord value, JsonGenerator g) throws IOException {
    g.writeStartObject();
    for (int i = 0; i < fields.length; i++) {
      Object fieldValue = value.get(i);
      if (fieldValue != null) {
        g.writeFieldName(type.field(i).name());
        fields[i].writer().write(fieldValue, g);
      }
    }
    g.writeEndObject();
  }

  private FieldCodec fieldCodec(DynamicRecordType.FieldType fieldType, Map<DynamicRecordType, DynamicObjectCodec> built) {
    DynamicObjectCodec nested =
        fieldType.kind() == DynamicRecordType.Kind.RECORD ? of(fieldType.recordType(), unknownFields, built) : null;
    ElementReader<?> element = elementReader(fieldType.kind(), nested);
    ElementWriter<Object> elementWriter = elementWriter(fieldType.kind(), nested);
    if (!fieldType.array()) {
      return new FieldCodec(element, elementWriter);
    }
    return new FieldCodec((p, field) -> readList(p, field, element), (v, g) -> writeList((List<?>) v, g, elementWriter));
  }

  private static List<?> readList(JsonParser p, String field, ElementReader<?> element) throws IOException {
    return JsonReaders.readList(p, field, element);
  }

  private static void writeList(List<?> values, JsonGenerator g, ElementWriter<Object> element) throws IOException {
    g.writeStartArray();
    for (Object value : values) {
      if (value == null) {
        g.writeNull();
      } else {
        element.write(value, g);
      }
    }
    g.writeEndArray();
  }

  private static ElementReader<?> elementReader(DynamicRecordType.Kind kind, DynamicObjectCodec nested) {
    return switch (kind) {
      case STRING -> ElementReaders.STRING;
      case BOOLEAN -> ElementReaders.BOOLEAN;
      case INT -> DynamicObjectCodec::readIntAsLong;
      case LONG -> ElementReaders.LONG;
      case FLOAT -> ElementReaders.DOUBLE;
      case RECORD -> nested;
    };
  }

  private static ElementWriter<Object> elementWriter(DynamicRecordType.Kind kind, DynamicObjectCodec nested) {
    return switch (kind) {
      case STRING -> (v, g) -> g.writeString((String) v);
      case BOOLEAN -> (v, g) -> g.writeBoolean((Boolean) v);
      case INT, LONG -> (v, g) -> g.writeNumber((Long) v);
      case FLOAT -> (v, g) -> g.writeNumber((Double) v);
      case RECORD -> (v, g) -> nested.encode((DynamicRecord) v, g);
    };
  }

  /** {@code int} fields are range-checked like generated {@code int} fields but held as {@code Long}. */
  private static Long readIntAsLong(JsonParser p, String field) throws IOException {
    Integer value = JsonReaders.readIntObject(p, field);
    return value == null ? null : value.longValue();
  }
}
