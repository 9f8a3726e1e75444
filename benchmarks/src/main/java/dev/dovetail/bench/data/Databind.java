package dev.dovetail.bench.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import dev.dovetail.bench.model.BenchAsset;
import dev.dovetail.example.Asset;

/**
 * Jackson databind set up to read and write the same JSON as the generated codecs: snake_case names, unknown fields
 * ignored, nulls left out, {@code syncedAt} (not part of the schema) ignored. This is the tuned configuration a
 * databind user would write, shared by every databind-based alternative.
 */
public final class Databind {
  private Databind() {}

  /** Leaves the local-only component out of the JSON, as {@code @SchemaIgnore} does for the codec. */
  @JsonIgnoreProperties(value = "synced_at", ignoreUnknown = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public abstract static class IgnoreSyncedAt {}

  /** A new mapper; with {@code blackbird}, the Blackbird module (LambdaMetafactory accessors) registered. */
  public static ObjectMapper mapper(boolean blackbird) {
    JsonMapper.Builder builder = JsonMapper.builder()
        .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
        .addMixIn(Asset.class, IgnoreSyncedAt.class)
        .addMixIn(BenchAsset.class, IgnoreSyncedAt.class);
    if (blackbird) {
      builder.addModule(new BlackbirdModule());
    }
    return builder.build();
  }
}
