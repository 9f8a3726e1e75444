package dev.dovetail.bench.dispatch;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import dev.dovetail.runtime.synapse.Connection;
import dev.dovetail.runtime.synapse.ReadPage;
import dev.dovetail.runtime.synapse.ReadRequest;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The naive reflective path a synapse framework without code generation takes for a {@code READ}: the synapse class
 * by name, its read method by name and the entity type from the method's generic return type, then per request the
 * envelope parsed to a {@code Map} with databind, the connection and the watermark converted to objects with
 * {@code convertValue}, a new synapse instance and the read method called with {@link Method#invoke}, and the reply
 * written with databind: each record (id, watermark and created-at read through reflective accessors, the entity
 * itself as {@code values} in snake_case) serialized to a string, the strings in the reply's {@code data} array (the
 * contract's double encoding), the next watermark ({@code offset} + records, the page's cursor) and
 * {@code offsetType}.
 *
 * <p>Lookups are done once, in the constructor, as any framework would cache them. Java time values are written with
 * {@code toString()} (ISO-8601, as the generated codec writes them), which needs no extra Jackson module.
 */
public final class ReflectiveSynapsePath {
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private final ObjectMapper mapper;
  private final Constructor<?> synapse;
  private final String entity;
  private final Method read;
  private final Method id;
  private final Method watermark;
  private final Method createdAt;
  private final int pageSize;
  private final long skewSeconds;

  /**
   * @param synapseClass the {@code @Synapse} class
   * @param entity the entity's apiName
   * @param readMethod the method of {@code synapseClass} that reads it, {@code ReadPage<E> m(ReadRequest)}
   * @param idAccessor the entity's accessor of its id attribute
   * @param watermarkAccessor the entity's accessor of its watermark ({@code Instant})
   * @param createdAtAccessor the entity's accessor of its created-at time ({@code Instant})
   * @param pageSize how many records the read is asked for
   * @param readSkewSeconds the synapse's read skew: the window's end is clamped to now minus this
   */
  public ReflectiveSynapsePath(String synapseClass, String entity, String readMethod, String idAccessor,
      String watermarkAccessor, String createdAtAccessor, int pageSize, int readSkewSeconds) throws Exception {
    Class<?> type = Class.forName(synapseClass);
    synapse = type.getConstructor();
    this.entity = entity;
    read = type.getMethod(readMethod, ReadRequest.class);
    Class<?> recordType = (Class<?>) ((ParameterizedType) read.getGenericReturnType()).getActualTypeArguments()[0];
    id = recordType.getMethod(idAccessor);
    watermark = recordType.getMethod(watermarkAccessor);
    createdAt = recordType.getMethod(createdAtAccessor);
    this.pageSize = pageSize;
    this.skewSeconds = readSkewSeconds;
    SimpleModule javaTime = new SimpleModule("java-time-as-text")
        .addSerializer(Instant.class, ToStringSerializer.instance)
        .addSerializer(LocalDate.class, ToStringSerializer.instance);
    mapper = JsonMapper.builder()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .addModule(javaTime)
        .addMixIn(recordType, SnakeCaseValues.class)
        .build();
  }

  /** The path for {@code BenchSynapse}'s deals, named as strings: nothing is loaded before the call. */
  public static ReflectiveSynapsePath benchDeals() throws Exception {
    return new ReflectiveSynapsePath("dev.dovetail.bench.model.BenchSynapse", "deal", "readDeals", "id", "updatedAt",
        "addedAt", 100, 5);
  }

  /** Entity values: attribute names in snake_case, unset ones left out (as the generated codec does). */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private abstract static class SnakeCaseValues {}

  /** The request watermark (contract §6.2) as the platform sends it. */
  public static final class WatermarkBean {
    public long start;
    public long end;
    public Integer offset;
    public Integer limit;
    public String cursor;
    public boolean isResync;
    public boolean isTest;
    public boolean initial;
  }

  /** A Record of the reply (contract §6.1). */
  public record WireRecord(String name, String id, String syncariEntityId, boolean deleted, Object values,
      Long lastModified, Long createdAt) {}

  /** The reply body of a {@code READ} envelope. */
  @SuppressWarnings("unchecked")
  public String handle(String envelopeJson) throws Exception {
    Map<String, Object> envelope = mapper.readValue(envelopeJson, MAP);
    if (!"READ".equals(envelope.get("type"))) {
      throw new IllegalArgumentException("only READ is benchmarked, not " + envelope.get("type"));
    }
    Connection connection = mapper.convertValue(envelope.get("connection"), Connection.class);
    Map<String, Object> body = (Map<String, Object>) envelope.get("body");
    Object entityValue = body.get("entity");
    String apiName = (String) (entityValue instanceof Map<?, ?> schema ? schema.get("apiName") : entityValue);
    if (!entity.equals(apiName)) {
      throw new IllegalArgumentException("unknown entity " + apiName);
    }
    WatermarkBean in = mapper.convertValue(body.get("watermark"), WatermarkBean.class);

    Instant ceiling = Instant.now().minusSeconds(skewSeconds);
    Instant end = Instant.ofEpochMilli(in.end);
    ReadRequest request = new ReadRequest(apiName, Instant.ofEpochMilli(in.start), end.isAfter(ceiling) ? ceiling : end,
        in.cursor, pageSize, in.isResync, in.isTest, in.initial, connection);
    ReadPage<?> page = (ReadPage<?>) read.invoke(synapse.newInstance(), request);

    List<String> data = new ArrayList<>(page.records().size() + page.deleted().size());
    for (Object record : page.records()) {
      data.add(mapper.writeValueAsString(new WireRecord(apiName, String.valueOf(id.invoke(record)), null, false, record,
          millis(watermark.invoke(record)), millis(createdAt.invoke(record)))));
    }
    for (ReadPage.DeletedRecord deleted : page.deleted()) {
      data.add(mapper.writeValueAsString(new WireRecord(apiName, deleted.id(), null, true, Map.of(),
          millis(deleted.deletedAt()), null)));
    }
    int offset = in.offset == null ? 0 : in.offset;
    in.offset = page.hasMore() ? offset + data.size() : 0;
    in.cursor = page.hasMore() ? page.nextCursor() : null;
    Map<String, Object> reply = new LinkedHashMap<>();
    reply.put("data", data);
    reply.put("watermark", in);
    reply.put("offsetType", "RECORD_COUNT");
    return mapper.writeValueAsString(reply);
  }

  private static Long millis(Object instant) {
    return instant == null ? null : ((Instant) instant).toEpochMilli();
  }
}
