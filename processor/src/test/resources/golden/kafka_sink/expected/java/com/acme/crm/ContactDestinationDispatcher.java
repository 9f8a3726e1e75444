package com.acme.crm;

import dev.dovetail.runtime.DestinationDispatcher;
import dev.dovetail.runtime.DestinationHandler;
import dev.dovetail.runtime.DestinationInfo;
import dev.dovetail.runtime.SchemaDefinition;
import dev.dovetail.runtime.codec.RecordCodec;
import dev.dovetail.runtime.codec.UnknownFields;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Runtime glue of destination {@code crm_contacts} ({@link ContactDestination}), listed in the service index.
 */
@Generated(
    value = "dev.dovetail.processor.DovetailProcessor",
    comments = "dispatcher of destination crm_contacts"
)
public final class ContactDestinationDispatcher implements DestinationDispatcher<Contact> {
  private static final DestinationInfo INFO = new DestinationInfo("crm_contacts",
      "ContactDestination", "Upserts contacts into the CRM.", "contact", null, true);

  /**
   * The content of {@code destinations/schema/contact.yml}.
   */
  private static final SchemaDefinition SCHEMA = new SchemaDefinition("contact", "Contact",
      "A contact of the CRM.",
      List.of(
          SchemaDefinition.Field.primary("email", "Email", "E-mail address of the contact",
              "string"),
          SchemaDefinition.Field.of("name", "Name", "Full name of the contact", "string")),
      List.of());

  @Override
  public DestinationInfo info() {
    return INFO;
  }

  @Override
  public DestinationHandler<Contact> newHandler() {
    return new ContactDestination();
  }

  @Override
  public RecordCodec<Contact> codec(UnknownFields unknownFields) {
    return unknownFields == UnknownFields.IGNORE ? ContactCodec.INSTANCE : new ContactCodec(unknownFields);
  }

  @Override
  public SchemaDefinition schema() {
    return SCHEMA;
  }
}
