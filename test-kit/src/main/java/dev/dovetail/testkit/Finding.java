package dev.dovetail.testkit;

/**
 * One broken rule, told in the connector author's terms.
 *
 * @param subject what the problem is about: {@code record #3 {"asset_id":"kit-3",...}}, {@code destinations/schema/x.yml},
 *     {@code entity 'deal'}
 * @param field the field or attribute concerned, with the value the kit used ({@code name = ""}), or {@code null}
 * @param rule the rule that was broken
 * @param fix what to change so the rule holds
 */
public record Finding(String subject, String field, String rule, String fix) {

  static Finding of(String subject, String rule, String fix) {
    return new Finding(subject, null, rule, fix);
  }

  /** The finding as indented report lines. */
  String render(int number) {
    StringBuilder out = new StringBuilder().append("  ").append(number).append(". ").append(subject);
    if (field != null) {
      out.append("\n     field: ").append(field);
    }
    out.append("\n     rule:  ").append(rule);
    if (fix != null) {
      out.append("\n     fix:   ").append(fix);
    }
    return out.toString();
  }
}
