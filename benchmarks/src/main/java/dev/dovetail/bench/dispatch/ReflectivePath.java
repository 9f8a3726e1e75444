package dev.dovetail.bench.dispatch;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.dovetail.runtime.Batch;
import dev.dovetail.runtime.BatchItem;
import dev.dovetail.runtime.DeliverResult;
import dev.dovetail.runtime.DestinationHandler;
import dev.dovetail.runtime.PrimaryKey;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The naive reflective path a framework without code generation takes: the handler class by name, its record type
 * from the generic interface, each line parsed to a {@code Map} and converted with {@code convertValue}, and
 * {@code deliver} called through {@link Method#invoke}. Lookups are done once, in the constructor, as any framework
 * would cache them; what remains per line is the Map path and per batch the reflective call.
 */
public final class ReflectivePath {
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private final Object handler;
  private final Class<?> recordType;
  private final Method deliver;
  private final List<String> keyFields;
  private final ObjectMapper mapper;

  public ReflectivePath(String handlerClass, List<String> keyFields) throws Exception {
    Class<?> type = Class.forName(handlerClass);
    handler = type.getDeclaredConstructor().newInstance();
    recordType = recordTypeOf(type);
    Method ready = type.getMethod("ready");
    Object readiness = ready.invoke(handler);
    if (readiness == null) {
      throw new IllegalStateException(handlerClass + ".ready() answered nothing");
    }
    deliver = type.getMethod("deliver", Batch.class);
    this.keyFields = List.copyOf(keyFields);
    mapper = JsonMapper.builder()
        .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();
  }

  private static Class<?> recordTypeOf(Class<?> handlerType) {
    for (Type generic : handlerType.getGenericInterfaces()) {
      if (generic instanceof ParameterizedType p && p.getRawType() == DestinationHandler.class
          && p.getActualTypeArguments()[0] instanceof Class<?> c) {
        return c;
      }
    }
    throw new IllegalArgumentException(handlerType + " does not implement DestinationHandler<T> with a class T");
  }

  public DeliverResult deliver(List<String> lines) throws Exception {
    List<BatchItem<Object>> items = new ArrayList<>(lines.size());
    for (String line : lines) {
      Map<String, Object> map = mapper.readValue(line, MAP);
      if (Boolean.TRUE.equals(map.remove("_isDeleted"))) {
        Object[] key = new Object[keyFields.size()];
        for (int i = 0; i < key.length; i++) {
          key[i] = map.get(keyFields.get(i));
        }
        items.add(BatchItem.delete(new PrimaryKey(keyFields, key)));
      } else {
        items.add(BatchItem.upsert(mapper.convertValue(map, recordType)));
      }
    }
    return (DeliverResult) deliver.invoke(handler, new Batch<>(items, 1, Envelope.SYNC));
  }

  public Object handler() {
    return handler;
  }
}
