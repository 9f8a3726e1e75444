package com.acme.shop;

import dev.dovetail.annotations.AuthType;
import dev.dovetail.annotations.Create;
import dev.dovetail.annotations.Synapse;
import dev.dovetail.runtime.synapse.WriteRequest;
import dev.dovetail.runtime.synapse.WriteResult;
import java.util.List;

/** Writes refunds only: no source connector, as it reads nothing. */
@Synapse(name = "acme_refunds", category = "commerce", authTypes = AuthType.NONE)
public class RefundSynapse {
  @Create(Refund.class)
  public List<WriteResult> refund(WriteRequest<Refund> request) {
    return List.of();
  }
}
