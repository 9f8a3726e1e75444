package dev.dovetail.example.crm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The CRM's JSON for deals and persons, to and from the entity records. The CRM names fields in snake_case, keeps
 * times as ISO-8601 text ({@code update_time}, {@code add_time}), writes enum values in lower case, may send
 * {@code person_id} as a number or as an object with a {@code value}, and gives a person's e-mail addresses and phone
 * numbers as lists of {@code {value, primary}}.
 */
final class CrmJson {
  private CrmJson() {}

  /** A deal deleted in the CRM still shows up in reads, with {@code status: "deleted"} (or {@code deleted: true}). */
  static boolean isDeleted(JsonNode deal) {
    return deal.path("deleted").asBoolean(false) || "deleted".equals(deal.path("status").asText(""));
  }

  static long id(JsonNode node) {
    return node.path("id").asLong();
  }

  static Instant updateTime(JsonNode node) {
    return instant(node.path("update_time"));
  }

  static Deal deal(JsonNode node) {
    return new Deal(
        id(node),
        text(node.path("title")),
        node.path("value").isNumber() ? node.path("value").decimalValue() : null,
        text(node.path("currency")),
        constant(Deal.Stage.class, node.path("stage")),
        constant(Deal.Status.class, node.path("status")),
        reference(node.path("person_id")),
        date(node.path("expected_close_date")),
        instant(node.path("update_time")),
        instant(node.path("add_time")));
  }

  /** The fields of a deal the CRM lets a client write; {@code null} components are left out (a partial update). */
  static ObjectNode writableFields(Deal deal) {
    ObjectNode body = CrmApi.JSON.createObjectNode();
    if (deal.title() != null) {
      body.put("title", deal.title());
    }
    if (deal.value() != null) {
      body.put("value", deal.value());
    }
    if (deal.currency() != null) {
      body.put("currency", deal.currency());
    }
    if (deal.stage() != null) {
      body.put("stage", deal.stage().name().toLowerCase(Locale.ROOT));
    }
    if (deal.status() != null) {
      body.put("status", deal.status().name().toLowerCase(Locale.ROOT));
    }
    if (deal.personId() != null) {
      body.put("person_id", deal.personId());
    }
    if (deal.expectedCloseDate() != null) {
      body.put("expected_close_date", deal.expectedCloseDate().toString());
    }
    return body;
  }

  static Person person(JsonNode node) {
    List<String> emails = new ArrayList<>();
    for (JsonNode email : primaryFirst(node.path("email"))) {
      String value = text(email.path("value"));
      if (value != null && !value.isBlank()) {
        emails.add(value);
      }
    }
    List<JsonNode> phones = primaryFirst(node.path("phone"));
    return new Person(
        id(node),
        text(node.path("name")),
        emails,
        phones.isEmpty() ? null : text(phones.get(0).path("value")),
        text(node.path("org_name")),
        instant(node.path("update_time")));
  }

  private static List<JsonNode> primaryFirst(JsonNode list) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode item : list) {
      if (item.path("primary").asBoolean(false)) {
        out.add(0, item);
      } else {
        out.add(item);
      }
    }
    return out;
  }

  private static String text(JsonNode node) {
    return node.isNull() || node.isMissingNode() ? null : node.asText();
  }

  private static Long reference(JsonNode node) {
    JsonNode id = node.isObject() ? node.path("value") : node;
    return id.canConvertToLong() ? id.asLong() : null;
  }

  private static Instant instant(JsonNode node) {
    String text = text(node);
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException notIso) {
      // The CRM's older endpoints write "2025-06-01 08:00:00" (UTC).
      return Instant.parse(text.trim().replace(' ', 'T') + "Z");
    }
  }

  private static LocalDate date(JsonNode node) {
    String text = text(node);
    return text == null || text.isBlank() ? null : LocalDate.parse(text);
  }

  /** An enum constant from the CRM's lower-case value; {@code null} when absent or not one the entity knows. */
  private static <E extends Enum<E>> E constant(Class<E> type, JsonNode node) {
    String text = text(node);
    if (text == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }
}
