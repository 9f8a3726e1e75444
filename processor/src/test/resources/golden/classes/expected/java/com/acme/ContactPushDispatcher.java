package com.acme;

import com.acme.model.Contact;
import com.acme.model.ContactCodec;
import dev.dovetail.runtime.DestinationDispatcher;
import dev.dovetail.runtime.DestinationHandler;
import dev.dovetail.runtime.DestinationInfo;
import dev.dovetail.runtime.codec.RecordCodec;
import dev.dovetail.runtime.codec.UnknownFields;
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
}
