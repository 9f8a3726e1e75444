package dev.dovetail.example.crm;

import dev.dovetail.annotations.Attribute;
import dev.dovetail.annotations.Schema;
import dev.dovetail.annotations.SchemaField;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A sales deal in the CRM: what is being sold, for how much, to whom, and how far it has come.
 *
 * <p>A synapse entity: the processor turns the record into the {@code deal} Schema of the synapse descriptor (the
 * {@code DESCRIBE} answer) and a codec for a Syncari record's {@code values}. Attribute names are the components in
 * snake_case ({@code expectedCloseDate} → {@code expected_close_date}); data types follow the Java types
 * ({@code BigDecimal} → {@code decimal}, {@code LocalDate} → {@code date}, {@code Instant} → {@code datetime}, an enum
 * → {@code picklist}).
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
@Schema
public record Deal(
    @SchemaField(primary = true, displayName = "Deal ID") @Attribute(updateable = false) long id,
    String title,
    BigDecimal value,
    String currency,
    Stage stage,
    Status status,
    @Attribute(referenceTo = Person.class) @SchemaField(displayName = "Person ID") Long personId,
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

  /** Where a deal stands. A deal deleted in the CRM is not a status: reads report it as a deleted record. */
  public enum Status {
    OPEN,
    WON,
    LOST
  }
}
