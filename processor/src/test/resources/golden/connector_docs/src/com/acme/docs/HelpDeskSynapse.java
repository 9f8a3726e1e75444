package com.acme.docs;

import dev.dovetail.annotations.AuthType;
import dev.dovetail.annotations.ConnectionField;
import dev.dovetail.annotations.Create;
import dev.dovetail.annotations.Read;
import dev.dovetail.annotations.Synapse;
import dev.dovetail.annotations.TestConnection;
import dev.dovetail.annotations.Update;
import dev.dovetail.runtime.synapse.Connection;
import dev.dovetail.runtime.synapse.ReadPage;
import dev.dovetail.runtime.synapse.ReadRequest;
import dev.dovetail.runtime.synapse.WriteRequest;
import dev.dovetail.runtime.synapse.WriteResult;
import java.util.List;

/** Syncs tickets and users with the Acme help desk. */
@Synapse(displayName = "Acme Help Desk", category = "support", authTypes = {AuthType.API_KEY, AuthType.USER_PWD},
    pageSize = 50,
    connectionFields = {
        @ConnectionField(name = "endpoint", label = "API URL", defaultValue = "https://help.acme.io/api"),
        @ConnectionField(name = "apiKey", label = "API key", secret = true, authTypes = AuthType.API_KEY),
        @ConnectionField(name = "user", label = "User", authTypes = AuthType.USER_PWD),
        @ConnectionField(name = "password", label = "Password", secret = true, authTypes = AuthType.USER_PWD,
            description = "Never logged | never stored"),
        @ConnectionField(name = "brand", required = false, description = "Brand to sync, e.g. `acme_eu`")})
public class HelpDeskSynapse {
  @TestConnection
  public Connection test(Connection connection) {
    return connection;
  }

  @Read(Ticket.class)
  public ReadPage<Ticket> readTickets(ReadRequest request) {
    return ReadPage.last(List.of());
  }

  @Create(Ticket.class)
  public List<WriteResult> createTickets(WriteRequest<Ticket> request) {
    return List.of();
  }

  @Update(Ticket.class)
  public List<WriteResult> updateTickets(WriteRequest<Ticket> request) {
    return List.of();
  }

  @Read(User.class)
  public ReadPage<User> readUsers(ReadRequest request) {
    return ReadPage.last(List.of());
  }
}
