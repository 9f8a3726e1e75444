package com.acme.crm;

import dev.dovetail.annotations.Attribute;
import dev.dovetail.annotations.Schema;
import dev.dovetail.annotations.SchemaField;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A sales deal.
 *
 * @param id deal id in the CRM
 * @param title what is being sold
 * @param value expected revenue
 * @param stage pipeline stage
 * @param closeDate expected close date
 * @param personId the contact person
 * @param labels free labels
 * @param priority 1 (highest) to 5
 * @param probability chance of winning, 0 to 1
 * @param archived hidden from the pipeline
 * @param updatedAt last change in the CRM
 */
@Schema
public record Deal(
    @SchemaField(primary = true) long id,
    String title,
    BigDecimal value,
    Stage stage,
    LocalDate closeDate,
    @Attribute(referenceTo = Person.class) Long personId,
    List<String> labels,
    int priority,
    double probability,
    boolean archived,
    @Attribute(watermark = true) Instant updatedAt) {

  /** Pipeline stages. */
  public enum Stage { LEAD, QUALIFIED, WON, LOST }
}
