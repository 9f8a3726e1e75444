package dev.dovetail.runtime.synapse.envelope;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.dovetail.runtime.synapse.Connection;
import dev.dovetail.runtime.synapse.RequestType;
import java.io.IOException;

/** Builds request envelopes as the platform sends them, for local tools ({@code pull}) and tests. */
public final class Envelopes {
  private Envelopes() {}

  /**
   * A {@code READ} of one entity: {@code body = {entity: <Schema>, entityWithMappedFields: null, watermark}}.
   *
   * @param schemaJson the entity's Schema JSON ({@code SynapseDispatcher.schemaJson}); when {@code null} a Schema
   *     holding only {@code apiName} is sent
   */
  public static String read(Connection connection, String entity, String schemaJson, Watermark watermark) {
    return Json.write(g -> envelope(g, RequestType.READ, connection, body -> {
      body.writeFieldName("entity");
      writeSchema(body, entity, schemaJson);
      body.writeNullField("entityWithMappedFields");
      body.writeFieldName("watermark");
      watermark.write(body);
    }));
  }

  /** An envelope of any type with the given body JSON text ({@code null}: an empty body {@code {}}). */
  public static String of(RequestType type, Connection connection, String bodyJson) {
    return Json.write(g -> {
      g.writeStartObject();
      g.writeStringField("type", type.name());
      g.writeFieldName("connection");
      if (connection == null) {
        g.writeNull();
      } else {
        ConnectionJson.write(connection, g);
      }
      g.writeFieldName("body");
      g.writeRawValue(bodyJson == null ? "{}" : bodyJson);
      g.writeNullField("host");
      g.writeNullField("syncariId");
      g.writeNullField("requestId");
      g.writeEndObject();
    });
  }

  private static void envelope(JsonGenerator g, RequestType type, Connection connection, Json.Body body)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("type", type.name());
    g.writeFieldName("connection");
    ConnectionJson.write(connection, g);
    g.writeFieldName("body");
    g.writeStartObject();
    body.write(g);
    g.writeEndObject();
    g.writeNullField("host");
    g.writeNullField("syncariId");
    g.writeNullField("requestId");
    g.writeEndObject();
  }

  private static void writeSchema(JsonGenerator g, String entity, String schemaJson) throws IOException {
    if (schemaJson != null) {
      g.writeRawValue(schemaJson);
    } else {
      g.writeStartObject();
      g.writeStringField("apiName", entity);
      g.writeEndObject();
    }
  }
}
