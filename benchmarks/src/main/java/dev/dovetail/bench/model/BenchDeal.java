package dev.dovetail.bench.model;

import dev.dovetail.annotations.Attribute;
import dev.dovetail.annotations.Schema;
import dev.dovetail.annotations.SchemaField;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A sales deal for the synapse benchmarks: field for field the example's {@code Deal} (the example's own entity
 * cannot be reused: its codec already exists in example-connector).
 *
 * @param id Identifier of the deal in the CRM
 * @param title What is being sold
 * @param value Expected revenue, in {@code currency}
 * @param currency ISO 4217 code of the value's currency
 * @param stage Stage of the sales pipeline the deal is in
 * @param status Whether the deal is still open, or was won or lost
 * @param personId The contact person the deal is with
 * @param expectedCloseDate When the deal is expected to close
 * @param updatedAt When the deal last changed in the CRM
 * @param addedAt When the deal was created in the CRM
 */
@Schema(name = "deal", displayName = "Deal")
public record BenchDeal(
    @SchemaField(primary = true, displayName = "Deal ID") @Attribute(updateable = false) long id,
    String title,
    BigDecimal value,
    String currency,
    Stage stage,
    Status status,
    @SchemaField(displayName = "Person ID") Long personId,
    LocalDate expectedCloseDate,
    @Attribute(watermark = true, calculated = true, updateable = false) Instant updatedAt,
    @Attribute(createdAt = true, calculated = true, updateable = false) Instant addedAt) {

  /** The stages of the CRM's default sales pipeline, in order. */
  public enum Stage {
    QUALIFIED,
    CONTACT_MADE,
    DEMO_SCHEDULED,
    PROPOSAL_MADE,
    NEGOTIATIONS_STARTED
  }

  /** Where a deal stands. */
  public enum Status {
    OPEN,
    WON,
    LOST
  }
}
