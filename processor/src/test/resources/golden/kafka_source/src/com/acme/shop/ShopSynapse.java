package com.acme.shop;

import dev.dovetail.annotations.AuthType;
import dev.dovetail.annotations.ConnectionField;
import dev.dovetail.annotations.Read;
import dev.dovetail.annotations.Synapse;
import dev.dovetail.runtime.synapse.ReadPage;
import dev.dovetail.runtime.synapse.ReadRequest;
import java.util.List;

/** Reads the orders of Acme Shop: a Kafka Connect source connector with its connection fields as keys. */
@Synapse(name = "acme_shop", category = "commerce", authTypes = {AuthType.USER_PWD, AuthType.API_KEY},
    connectionFields = {
        @ConnectionField(name = "endpoint", label = "Shop URL", description = "Base URL of the shop's API"),
        @ConnectionField(name = "userName", authTypes = AuthType.USER_PWD),
        @ConnectionField(name = "password", authTypes = AuthType.USER_PWD),
        @ConnectionField(name = "token", label = "API key", authTypes = AuthType.API_KEY),
        @ConnectionField(name = "signingSecret", description = "Signs \"webhook\" payloads"),
        @ConnectionField(name = "storeId", label = "Store", secret = true),
        @ConnectionField(name = "region", required = false, defaultValue = "eu"),
        @ConnectionField(name = "locale", required = false)})
public class ShopSynapse {
  @Read(Order.class)
  public ReadPage<Order> orders(ReadRequest request) {
    return ReadPage.last(List.of());
  }
}
