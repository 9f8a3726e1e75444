package dev.dovetail.runtime.synapse.envelope;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code READ} reply read back the way the platform reads it: {@code data} (a list of JSON strings, each one
 * Record), the watermark to send next, and {@code offsetType}.
 *
 * @param records the records in reply order
 * @param watermark the returned watermark
 * @param offsetType e.g. {@code RECORD_COUNT}; {@code RECORD_COUNT} (the SDK's default) when absent
 */
public record ReadReply(List<Item> records, Watermark watermark, String offsetType) {

  /**
   * One record of the reply.
   *
   * @param json the Record object's JSON text, as it was in the list element
   * @param lastModified its {@code lastModified} (epoch ms), or {@code null}
   */
  public record Item(String json, String id, boolean deleted, Long lastModified) {}

  /** A reply that does not have the READ shape. */
  public static final class InvalidReplyException extends IOException {
    private static final long serialVersionUID = 1L;

    public InvalidReplyException(String message) {
      super(message);
    }
  }

  public ReadReply {
    records = List.copyOf(records);
    offsetType = offsetType == null ? ReadOperation.OFFSET_TYPE : offsetType;
  }

  /**
   * The {@code lastModified} of the last of {@code records} that has one, or {@code null}: records come sorted by it
   * (§6.5), so this is where the platform resumes after them.
   */
  public static Long lastModified(List<Item> records) {
    for (int i = records.size() - 1; i >= 0; i--) {
      if (records.get(i).lastModified() != null) {
        return records.get(i).lastModified();
      }
    }
    return null;
  }

  /** Whether the returned {@code offset} is a position the platform's "offset 0 means done" rule applies to. */
  public boolean countsOffsets() {
    return offsetType.equals("RECORD_COUNT") || offsetType.equals("PAGE_NUMBER");
  }

  public static ReadReply parse(String body) throws InvalidReplyException {
    List<Item> records = new ArrayList<>();
    Watermark watermark = null;
    String offsetType = null;
    try (JsonParser p = Json.FACTORY.createParser(body)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new InvalidReplyException("a READ reply must be a JSON object");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken token = p.nextToken();
        switch (field) {
          case "data" -> readData(p, token, records);
          case "watermark" -> watermark = token == JsonToken.VALUE_NULL ? null : Watermark.read(p);
          case "offsetType" -> offsetType = token == JsonToken.VALUE_NULL ? null : p.getValueAsString();
          default -> p.skipChildren();
        }
      }
    } catch (RequestFailure e) {
      throw new InvalidReplyException("bad watermark in the READ reply: " + e.error().detail());
    } catch (JsonProcessingException e) {
      throw new InvalidReplyException("the READ reply is not valid JSON" + Json.at(e));
    } catch (InvalidReplyException e) {
      throw e;
    } catch (IOException e) {
      throw new InvalidReplyException("cannot read the READ reply: " + e.getClass().getSimpleName());
    }
    if (watermark == null) {
      throw new InvalidReplyException("the READ reply has no watermark");
    }
    return new ReadReply(records, watermark, offsetType);
  }

  private static void readData(JsonParser p, JsonToken token, List<Item> records) throws IOException {
    if (token == JsonToken.VALUE_NULL) {
      return;
    }
    if (token != JsonToken.START_ARRAY) {
      throw new InvalidReplyException("data must be an array of JSON strings");
    }
    while (p.nextToken() != JsonToken.END_ARRAY) {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        throw new InvalidReplyException("data[" + records.size() + "] must be a string holding a Record (the"
            + " contract's list encoding)");
      }
      records.add(record(p.getText(), records.size()));
    }
  }

  private static Item record(String json, int index) throws IOException {
    String id = null;
    boolean deleted = false;
    Long lastModified = null;
    try (JsonParser p = Json.FACTORY.createParser(json)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new InvalidReplyException("data[" + index + "] must hold a Record object");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken token = p.nextToken();
        switch (field) {
          case "id" -> id = token == JsonToken.VALUE_NULL ? null : p.getValueAsString();
          case "deleted" -> deleted = token == JsonToken.VALUE_TRUE;
          case "lastModified" -> lastModified = token == JsonToken.VALUE_NUMBER_INT ? p.getLongValue() : null;
          default -> p.skipChildren();
        }
      }
    } catch (JsonProcessingException e) {
      throw new InvalidReplyException("data[" + index + "] is not valid JSON" + Json.at(e));
    }
    return new Item(json, id, deleted, lastModified);
  }
}
