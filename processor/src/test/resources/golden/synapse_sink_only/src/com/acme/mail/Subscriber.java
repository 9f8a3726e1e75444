package com.acme.mail;

import dev.dovetail.annotations.Attribute;
import dev.dovetail.annotations.Schema;
import dev.dovetail.annotations.SchemaField;
import java.time.LocalDate;
import java.util.Set;

/**
 * A subscriber of a mailing list.
 *
 * @param email e-mail address, the subscriber's id
 * @param name how to address them
 * @param status subscription status
 * @param birthday for greetings
 * @param tags tag names
 * @param score engagement score
 * @param doubleOptIn confirmed by e-mail
 */
@Schema
public record Subscriber(
    @SchemaField(primary = true) String email,
    String name,
    Status status,
    LocalDate birthday,
    Set<String> tags,
    @Attribute(calculated = true) Double score,
    @Attribute(createOnly = true) Boolean doubleOptIn) {

  /** Subscription status. */
  public enum Status { ACTIVE, UNSUBSCRIBED, BOUNCED }
}
