package dev.dovetail.runtime.testing.synapse;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.dovetail.runtime.codec.JsonReaders;
import dev.dovetail.runtime.codec.JsonWriters;
import dev.dovetail.runtime.codec.UnknownFields;
import dev.dovetail.runtime.codec.ValueCodec;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;

/** Written by hand the way the processor generates a synapse entity codec: a switch on attribute names. */
public final class DealCodec implements ValueCodec<Deal> {
  public static final DealCodec INSTANCE = new DealCodec();

  @Override
  public Deal decode(JsonParser p) throws IOException {
    JsonReaders.expectObject(p, "a deal");
    String id = null;
    String title = null;
    BigDecimal amount = null;
    Instant updatedAt = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "id" -> id = JsonReaders.readString(p, field);
        case "title" -> title = JsonReaders.readString(p, field);
        case "amount" -> amount = JsonReaders.readBigDecimal(p, field);
        case "updatedAt" -> updatedAt = JsonReaders.readInstant(p, field);
        default -> JsonReaders.unknownField(p, field, UnknownFields.IGNORE);
      }
    }
    return new Deal(id, title, amount, updatedAt);
  }

  @Override
  public void encode(Deal value, JsonGenerator g) throws IOException {
    g.writeStartObject();
    if (value.id() != null) {
      g.writeStringField("id", value.id());
    }
    if (value.title() != null) {
      g.writeStringField("title", value.title());
    }
    if (value.amount() != null) {
      g.writeFieldName("amount");
      g.writeNumber(value.amount());
    }
    if (value.updatedAt() != null) {
      g.writeFieldName("updatedAt");
      JsonWriters.writeText(value.updatedAt(), g);
    }
    g.writeEndObject();
  }
}
