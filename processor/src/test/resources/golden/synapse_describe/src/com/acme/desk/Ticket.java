package com.acme.desk;

import dev.dovetail.annotations.Attribute;
import dev.dovetail.annotations.Schema;
import dev.dovetail.annotations.SchemaField;
import java.time.Instant;

/**
 * A support ticket.
 *
 * @param id ticket number
 * @param subject what the customer asks about
 * @param status open, pending or solved
 * @param updatedAt last change
 */
@Schema
public record Ticket(
    @SchemaField(primary = true) long id,
    String subject,
    Status status,
    @Attribute(watermark = true, updateable = false) Instant updatedAt) {

  /** Where a ticket stands. */
  public enum Status {
    OPEN,
    PENDING,
    SOLVED
  }
}
