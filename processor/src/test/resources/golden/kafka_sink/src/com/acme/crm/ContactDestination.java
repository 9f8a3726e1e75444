package com.acme.crm;

import dev.dovetail.annotations.Destination;
import dev.dovetail.runtime.Batch;
import dev.dovetail.runtime.DeliverResult;
import dev.dovetail.runtime.DestinationHandler;
import dev.dovetail.runtime.ReadyResult;

/** Upserts contacts into the CRM. */
@Destination(name = "crm_contacts", supportsDelete = true)
public class ContactDestination implements DestinationHandler<Contact> {
  @Override
  public ReadyResult ready() {
    return ReadyResult.ok();
  }

  @Override
  public DeliverResult deliver(Batch<Contact> batch) {
    return DeliverResult.ok();
  }
}
