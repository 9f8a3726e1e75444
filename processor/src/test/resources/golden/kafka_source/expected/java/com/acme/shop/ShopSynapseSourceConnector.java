package com.acme.shop;

import dev.dovetail.kafka.DovetailSourceConnector;
import javax.annotation.processing.Generated;
import org.apache.kafka.common.config.ConfigDef;

/**
 * Kafka Connect source connector of synapse {@code acme_shop} ({@link ShopSynapse}).
 * Set {@code connector.class} to this class and {@code dovetail.entity} to the entity to read; the connection fields are {@code connection.<field>} entries.
 */
@Generated(
    value = "dev.dovetail.processor.DovetailProcessor",
    comments = "Kafka Connect source connector of synapse acme_shop"
)
public final class ShopSynapseSourceConnector extends DovetailSourceConnector {
  public ShopSynapseSourceConnector() {
    super("acme_shop", connectionFields());
  }

  /**
   * The connection fields of synapse {@code acme_shop} as connector keys, in declaration order.
   */
  static ConfigDef connectionFields() {
    ConfigDef fields = new ConfigDef();
    fields.define("connection.endpoint", ConfigDef.Type.STRING, ConfigDef.NO_DEFAULT_VALUE, ConfigDef.Importance.HIGH,
        "Base URL of the shop's API", "Connection", 1, ConfigDef.Width.LONG, "Shop URL");
    fields.define("connection.userName", ConfigDef.Type.STRING, null, ConfigDef.Importance.MEDIUM,
        "User Name", "Connection", 2, ConfigDef.Width.LONG, "User Name");
    fields.define("connection.password", ConfigDef.Type.PASSWORD, null, ConfigDef.Importance.MEDIUM,
        "Password", "Connection", 3, ConfigDef.Width.MEDIUM, "Password");
    fields.define("connection.token", ConfigDef.Type.PASSWORD, null, ConfigDef.Importance.MEDIUM,
        "API key", "Connection", 4, ConfigDef.Width.MEDIUM, "API key");
    fields.define("connection.signingSecret", ConfigDef.Type.PASSWORD, ConfigDef.NO_DEFAULT_VALUE, ConfigDef.Importance.HIGH,
        "Signs \"webhook\" payloads", "Connection", 5, ConfigDef.Width.MEDIUM, "Signing Secret");
    fields.define("connection.storeId", ConfigDef.Type.PASSWORD, ConfigDef.NO_DEFAULT_VALUE, ConfigDef.Importance.HIGH,
        "Store", "Connection", 6, ConfigDef.Width.MEDIUM, "Store");
    fields.define("connection.region", ConfigDef.Type.STRING, "eu", ConfigDef.Importance.MEDIUM,
        "Region", "Connection", 7, ConfigDef.Width.LONG, "Region");
    fields.define("connection.locale", ConfigDef.Type.STRING, null, ConfigDef.Importance.MEDIUM,
        "Locale", "Connection", 8, ConfigDef.Width.LONG, "Locale");
    return fields;
  }
}
