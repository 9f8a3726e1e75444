package com.acme;

import com.acme.model.Contact;
import dev.dovetail.annotations.Destination;
import dev.dovetail.runtime.Batch;
import dev.dovetail.runtime.DeliverResult;
import dev.dovetail.runtime.DestinationHandler;
import dev.dovetail.runtime.ReadyResult;

@Destination(description = "Pushes contacts to the CRM")
public class ContactPush implements DestinationHandler<Contact> {
  @Override public ReadyResult ready() { return ReadyResult.ok(); }
  @Override public DeliverResult deliver(Batch<Contact> batch) { return DeliverResult.ok(); }
}
