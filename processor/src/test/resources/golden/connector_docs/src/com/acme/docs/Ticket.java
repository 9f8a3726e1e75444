package com.acme.docs;

import dev.dovetail.annotations.Attribute;
import dev.dovetail.annotations.Schema;
import dev.dovetail.annotations.SchemaField;
import java.time.Instant;
import java.util.List;

/**
 * A support ticket.
 *
 * @param id ticket number
 * @param subject first line | as typed
 * @param status where the ticket stands
 * @param requesterId who asked
 * @param watchers user ids following it
 * @param openedAt when it was opened
 * @param updatedAt last change
 */
@Schema
public record Ticket(
    @SchemaField(primary = true) @Attribute(updateable = false) long id,
    String subject,
    Status status,
    @Attribute(referenceTo = User.class) String requesterId,
    List<String> watchers,
    @Attribute(createdAt = true, calculated = true) Instant openedAt,
    @Attribute(watermark = true, calculated = true) Instant updatedAt) {

  /** Ticket states. */
  public enum Status { OPEN, PENDING, SOLVED }
}
