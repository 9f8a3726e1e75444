package com.acme.crm;

import dev.dovetail.kafka.DovetailSinkConnector;
import javax.annotation.processing.Generated;

/**
 * Kafka Connect sink connector of destination {@code crm_contacts} ({@link ContactDestination}).
 * Set {@code connector.class} to this class; the destination's settings are {@code settings.<key>} entries.
 */
@Generated(
    value = "dev.dovetail.processor.DovetailProcessor",
    comments = "Kafka Connect sink connector of destination crm_contacts"
)
public final class ContactDestinationSinkConnector extends DovetailSinkConnector {
  public ContactDestinationSinkConnector() {
    super("crm_contacts");
  }
}
