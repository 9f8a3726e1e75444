package com.acme.crm;

import dev.dovetail.annotations.AuthType;
import dev.dovetail.annotations.ConnectionField;
import dev.dovetail.annotations.Create;
import dev.dovetail.annotations.Delete;
import dev.dovetail.annotations.GetById;
import dev.dovetail.annotations.Read;
import dev.dovetail.annotations.Synapse;
import dev.dovetail.annotations.TestConnection;
import dev.dovetail.annotations.Update;
import dev.dovetail.runtime.synapse.Connection;
import dev.dovetail.runtime.synapse.IdRequest;
import dev.dovetail.runtime.synapse.ReadPage;
import dev.dovetail.runtime.synapse.ReadRequest;
import dev.dovetail.runtime.synapse.WriteRequest;
import dev.dovetail.runtime.synapse.WriteResult;
import java.util.List;

/** Syncs deals and persons with Acme CRM. */
@Synapse(category = "crm", authTypes = AuthType.API_KEY, readSkewSeconds = 120,
    connectionFields = {
        @ConnectionField(name = "endpoint", label = "API URL"),
        @ConnectionField(name = "accessToken", label = "API token"),
        @ConnectionField(name = "companyDomain", required = false, description = "Sub-domain of the CRM")})
public class CrmSynapse {
  @TestConnection
  public Connection test(Connection connection) {
    return connection;
  }

  @Read(Deal.class)
  public ReadPage<Deal> readDeals(ReadRequest request) {
    return ReadPage.last(List.of());
  }

  @GetById(Deal.class)
  public List<Deal> dealsById(IdRequest request) {
    return List.of();
  }

  @Create(Deal.class)
  public List<WriteResult> createDeals(WriteRequest<Deal> request) {
    return List.of();
  }

  @Update(Deal.class)
  public List<WriteResult> updateDeals(WriteRequest<Deal> request) {
    return List.of();
  }

  @Delete(Deal.class)
  public List<WriteResult> deleteDeals(IdRequest request) throws java.io.IOException {
    return List.of();
  }

  @Read(Person.class)
  public ReadPage<Person> readPersons(ReadRequest request) {
    return ReadPage.last(List.of());
  }
}
