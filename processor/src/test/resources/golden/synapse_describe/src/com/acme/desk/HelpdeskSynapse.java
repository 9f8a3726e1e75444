package com.acme.desk;

import dev.dovetail.annotations.ConnectionField;
import dev.dovetail.annotations.Describe;
import dev.dovetail.annotations.Read;
import dev.dovetail.annotations.Synapse;
import dev.dovetail.runtime.synapse.Connection;
import dev.dovetail.runtime.synapse.DataType;
import dev.dovetail.runtime.synapse.EntityAttribute;
import dev.dovetail.runtime.synapse.EntitySchema;
import dev.dovetail.runtime.synapse.ReadPage;
import dev.dovetail.runtime.synapse.ReadRequest;
import dev.dovetail.runtime.synapse.SynapseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads tickets from a help desk, and describes the custom objects each help desk defines for itself.
 */
@Synapse(name = "helpdesk", category = "support",
    connectionFields = {
        @ConnectionField(name = "endpoint", label = "API URL"),
        @ConnectionField(name = "customObjects", required = false,
            description = "Comma-separated names of the custom objects to describe")})
public class HelpdeskSynapse {
  @Read(Ticket.class)
  public ReadPage<Ticket> tickets(ReadRequest request) {
    return ReadPage.last(List.of());
  }

  /** One entity per custom object named in the connection; "unavailable" stands for an outage of the help desk. */
  @Describe
  public List<EntitySchema> customObjects(Connection connection) throws SynapseException {
    String names = connection.field("customObjects");
    List<EntitySchema> out = new ArrayList<>();
    if (names == null || names.isBlank()) {
      return out;
    }
    for (String name : names.split(",")) {
      if (name.equals("unavailable")) {
        throw new SynapseException(503, "The help desk is down for maintenance", null);
      }
      out.add(EntitySchema.builder(name, "Custom " + name).pluralName("Custom " + name + "s").custom()
          .attribute(EntityAttribute.builder("id", "ID", DataType.STRING).idField())
          .attribute(EntityAttribute.builder("label", "Label", DataType.STRING).length(255))
          .attribute(EntityAttribute.builder("modified_at", "Modified At", DataType.DATETIME).watermarkField())
          .build());
    }
    return out;
  }
}
