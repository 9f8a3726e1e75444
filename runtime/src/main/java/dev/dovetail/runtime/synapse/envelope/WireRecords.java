package dev.dovetail.runtime.synapse.envelope;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.dovetail.runtime.synapse.EntityBinding;
import dev.dovetail.runtime.synapse.ReadPage.DeletedRecord;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * The contract's output objects, each written as one element of a double-encoded list reply (see
 * {@link EncodedList}): Record {@code {name, id, syncariEntityId, deleted, values, lastModified, createdAt}} and Result
 * {@code {success, errors, id, syncariId}}, every field written, unset ones as {@code null}.
 */
final class WireRecords {
  // The names as constants: a generator keeps their escaped text.
  private static final SerializableString NAME = new SerializedString("name");
  private static final SerializableString ID = new SerializedString("id");
  private static final SerializableString SYNCARI_ENTITY_ID = new SerializedString("syncariEntityId");
  private static final SerializableString DELETED = new SerializedString("deleted");
  private static final SerializableString VALUES = new SerializedString("values");
  private static final SerializableString LAST_MODIFIED = new SerializedString("lastModified");
  private static final SerializableString CREATED_AT = new SerializedString("createdAt");

  private WireRecords() {}

  /** A record of the entity: values by the entity's codec, {@code lastModified} its watermark in epoch ms. */
  static <T> void writeRecord(JsonGenerator g, EntityBinding<T> binding, T value, String syncariEntityId)
      throws IOException {
    g.writeStartObject();
    g.writeFieldName(NAME);
    g.writeString(binding.apiName());
    g.writeFieldName(ID);
    g.writeString(binding.idOf(value));
    g.writeFieldName(SYNCARI_ENTITY_ID);
    g.writeString(syncariEntityId);
    g.writeFieldName(DELETED);
    g.writeBoolean(false);
    g.writeFieldName(VALUES);
    binding.codec().encode(value, g);
    writeMillis(g, LAST_MODIFIED, binding.watermarkOf(value));
    writeMillis(g, CREATED_AT, binding.createdAtOf(value));
    g.writeEndObject();
  }

  /** A record deleted upstream: {@code deleted: true}, empty {@code values}, {@code lastModified} = when deleted. */
  static void writeDeleted(JsonGenerator g, String entity, DeletedRecord deleted) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", entity);
    g.writeStringField("id", deleted.id());
    g.writeStringField("syncariEntityId", null);
    g.writeBooleanField("deleted", true);
    g.writeFieldName("values");
    g.writeStartObject();
    g.writeEndObject();
    writeMillis(g, LAST_MODIFIED, deleted.deletedAt());
    writeMillis(g, CREATED_AT, null);
    g.writeEndObject();
  }

  /** A Result; {@code errors} is {@code null} when there are none. */
  static void writeResult(JsonGenerator g, boolean success, List<String> errors, String id, String syncariId)
      throws IOException {
    g.writeStartObject();
    g.writeBooleanField("success", success);
    g.writeFieldName("errors");
    if (errors == null || errors.isEmpty()) {
      g.writeNull();
    } else {
      g.writeStartArray();
      for (String error : errors) {
        g.writeString(error);
      }
      g.writeEndArray();
    }
    g.writeStringField("id", id);
    g.writeStringField("syncariId", syncariId);
    g.writeEndObject();
  }

  /** The contract's list encoding: a JSON array whose elements are strings, each one serialized object. */
  static String list(List<String> elements) {
    return Json.write(g -> writeList(elements, g));
  }

  static void writeList(List<String> elements, JsonGenerator g) throws IOException {
    g.writeStartArray();
    for (String element : elements) {
      g.writeString(element);
    }
    g.writeEndArray();
  }

  private static void writeMillis(JsonGenerator g, SerializableString field, Instant instant) throws IOException {
    g.writeFieldName(field);
    if (instant == null) {
      g.writeNull();
    } else {
      g.writeNumber(instant.toEpochMilli());
    }
  }
}
