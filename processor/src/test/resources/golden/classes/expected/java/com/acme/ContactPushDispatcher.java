package com.acme;

import com.acme.model.Contact;
import com.acme.model.ContactCodec;
import dev.dovetail.runtime.DestinationDispatcher;
import dev.dovetail.runtime.DestinationHandler;
import dev.dovetail.runtime.DestinationInfo;
import dev.dovetail.runtime.SchemaDefinition;
import dev.dovetail.runtime.codec.RecordCodec;
import dev.dovetail.runtime.codec.UnknownFields;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Runtime glue of destination {@code contact_push} ({@link ContactPush}), listed in the service index.
 */
@Generated(
    value = "dev.dovetail.processor.DovetailProcessor",
    comments = "dispatcher of destination contact_push"
)
public final class ContactPushDispatcher implements DestinationDispatcher<Contact> {
  private static final DestinationInfo INFO = new DestinationInfo("contact_push", "ContactPush",
      "Pushes contacts to the CRM", "crm_contact", null, false);

  /**
   * The content of {@code destinations/schema/crm_contact.yml}.
   */
  private static final SchemaDefinition SCHEMA = new SchemaDefinition("crm_contact", "CRM contact",
      "A contact person in the CRM.",
      List.of(
          SchemaDefinition.Field.primary("email", "Email", "Unique e-mail address of the contact.",
              "string"),
          SchemaDefinition.Field.of("first_name", "First Name", "Given name.", "string"),
          SchemaDefinition.Field.of("opted_in", "Opted In",
              "Whether the contact agreed to marketing e-mail.", "boolean"),
          SchemaDefinition.Field.of("score", "Score", "Lead score between 0 and 100.", "int"),
          SchemaDefinition.Field.of("addresses", "Addresses", "Mailing addresses.", "[address]")),
      List.of(
          new SchemaDefinition.CustomType("address", "Address", "A postal address.",
              List.of(
                  SchemaDefinition.Field.of("street", "Street", "Street and number.", "string"),
                  SchemaDefinition.Field.of("country", "Country", "ISO country code.",
                      "string")))));

  @Override
  public DestinationInfo info() {
    return INFO;
  }

  @Override
  public DestinationHandler<Contact> newHandler() {
    return new ContactPush();
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
