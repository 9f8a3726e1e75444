package com.acme.shop;

import dev.dovetail.runtime.codec.ValueCodec;
import dev.dovetail.runtime.synapse.Connection;
import dev.dovetail.runtime.synapse.EntityBinding;
import dev.dovetail.runtime.synapse.EntitySchema;
import dev.dovetail.runtime.synapse.ReadPage;
import dev.dovetail.runtime.synapse.ReadRequest;
import dev.dovetail.runtime.synapse.RequestType;
import dev.dovetail.runtime.synapse.SynapseDispatcher;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * Runtime glue of synapse {@code acme_shop} ({@link ShopSynapse}), listed in the service index.
 */
@Generated(
    value = "dev.dovetail.processor.DovetailProcessor",
    comments = "dispatcher of synapse acme_shop"
)
public final class ShopSynapseDispatcher implements SynapseDispatcher {
  private static final String SYNAPSE_INFO = "{\"name\":\"acme_shop\",\"category\":\"commerce\",\"metadata\":{\"displayName\":\"Shop Synapse\","
      + "\"iconPath\":null,\"backgroundColor\":null,\"helpUrl\":null},\"supportedAuthTypes\":[{\"authType\":\"UserPassword\","
      + "\"fields\":[{\"name\":\"endpoint\",\"dataType\":\"string\",\"label\":\"Shop URL\",\"required\":true,"
      + "\"defaultValue\":null,\"description\":\"Base URL of the shop's API\"},{\"name\":\"userName\","
      + "\"dataType\":\"string\",\"label\":\"User Name\",\"required\":true,\"defaultValue\":null,\"description\":null},"
      + "{\"name\":\"password\",\"dataType\":\"password\",\"label\":\"Password\",\"required\":true,\"defaultValue\":null,"
      + "\"description\":null},{\"name\":\"signingSecret\",\"dataType\":\"string\",\"label\":\"Signing Secret\","
      + "\"required\":true,\"defaultValue\":null,\"description\":\"Signs \\\"webhook\\\" payloads\"},{\"name\":\"storeId\","
      + "\"dataType\":\"password\",\"label\":\"Store\",\"required\":true,\"defaultValue\":null,\"description\":null},"
      + "{\"name\":\"region\",\"dataType\":\"string\",\"label\":\"Region\",\"required\":false,\"defaultValue\":\"eu\","
      + "\"description\":null},{\"name\":\"locale\",\"dataType\":\"string\",\"label\":\"Locale\",\"required\":false,"
      + "\"defaultValue\":null,\"description\":null}],\"label\":null},{\"authType\":\"ApiKey\",\"fields\":[{\"name\":\"endpoint\","
      + "\"dataType\":\"string\",\"label\":\"Shop URL\",\"required\":true,\"defaultValue\":null,\"description\":\"Base URL of the shop's API\"},"
      + "{\"name\":\"token\",\"dataType\":\"password\",\"label\":\"API key\",\"required\":true,\"defaultValue\":null,"
      + "\"description\":null},{\"name\":\"signingSecret\",\"dataType\":\"string\",\"label\":\"Signing Secret\","
      + "\"required\":true,\"defaultValue\":null,\"description\":\"Signs \\\"webhook\\\" payloads\"},{\"name\":\"storeId\","
      + "\"dataType\":\"password\",\"label\":\"Store\",\"required\":true,\"defaultValue\":null,\"description\":null},"
      + "{\"name\":\"region\",\"dataType\":\"string\",\"label\":\"Region\",\"required\":false,\"defaultValue\":\"eu\","
      + "\"description\":null},{\"name\":\"locale\",\"dataType\":\"string\",\"label\":\"Locale\",\"required\":false,"
      + "\"defaultValue\":null,\"description\":null}],\"label\":null}],\"configuredFields\":null,\"disabledMessage\":null,"
      + "\"oauthInfo\":null,\"apiMaxCrudSize\":20,\"capabilities\":[\"getByWatermark\"]}";

  private static final String ORDER_SCHEMA = "{\"id\":null,\"apiName\":\"order\",\"displayName\":\"Order\",\"pluralName\":null,\"description\":\"A web shop order.\","
      + "\"custom\":false,\"readOnly\":true,\"version\":null,\"child\":false,\"attributes\":[{\"id\":null,"
      + "\"apiName\":\"id\",\"displayName\":\"Id\",\"externalId\":null,\"entityId\":null,\"parentAttributeId\":null,"
      + "\"dataType\":\"string\",\"length\":null,\"precision\":null,\"scale\":null,\"picklistValues\":null,"
      + "\"picklist\":null,\"referenceTo\":null,\"referenceTargetField\":null,\"referenceToPluralName\":null,"
      + "\"custom\":false,\"defaultValue\":null,\"nillable\":false,\"initializable\":true,\"updateable\":true,"
      + "\"createOnly\":false,\"calculated\":false,\"unique\":true,\"status\":\"ACTIVE\",\"isIdField\":true,"
      + "\"isWatermarkField\":false,\"isCreatedAtField\":false,\"isUpdatedAtField\":false,\"isMultiValueField\":false,"
      + "\"isSystem\":false,\"isSyncariDefined\":false,\"compositeKey\":null},{\"id\":null,\"apiName\":\"total\","
      + "\"displayName\":\"Total\",\"externalId\":null,\"entityId\":null,\"parentAttributeId\":null,"
      + "\"dataType\":\"integer\",\"length\":null,\"precision\":null,\"scale\":null,\"picklistValues\":null,"
      + "\"picklist\":null,\"referenceTo\":null,\"referenceTargetField\":null,\"referenceToPluralName\":null,"
      + "\"custom\":false,\"defaultValue\":null,\"nillable\":true,\"initializable\":true,\"updateable\":true,"
      + "\"createOnly\":false,\"calculated\":false,\"unique\":false,\"status\":\"ACTIVE\",\"isIdField\":false,"
      + "\"isWatermarkField\":false,\"isCreatedAtField\":false,\"isUpdatedAtField\":false,\"isMultiValueField\":false,"
      + "\"isSystem\":false,\"isSyncariDefined\":false,\"compositeKey\":null},{\"id\":null,\"apiName\":\"updated\","
      + "\"displayName\":\"Updated\",\"externalId\":null,\"entityId\":null,\"parentAttributeId\":null,"
      + "\"dataType\":\"timestamp\",\"length\":null,\"precision\":null,\"scale\":null,\"picklistValues\":null,"
      + "\"picklist\":null,\"referenceTo\":null,\"referenceTargetField\":null,\"referenceToPluralName\":null,"
      + "\"custom\":false,\"defaultValue\":null,\"nillable\":true,\"initializable\":true,\"updateable\":true,"
      + "\"createOnly\":false,\"calculated\":false,\"unique\":false,\"status\":\"ACTIVE\",\"isIdField\":false,"
      + "\"isWatermarkField\":true,\"isCreatedAtField\":false,\"isUpdatedAtField\":true,\"isMultiValueField\":false,"
      + "\"isSystem\":true,\"isSyncariDefined\":false,\"compositeKey\":null}]}";

  private static final List<EntityBinding<?>> ENTITIES = List.of(new OrderBinding());

  private static final List<String> SECRET_FIELDS = List.of("password", "token", "storeId");

  @Override
  public String name() {
    return "acme_shop";
  }

  @Override
  public String synapseInfoJson() {
    return SYNAPSE_INFO;
  }

  @Override
  public List<EntityBinding<?>> entities() {
    return ENTITIES;
  }

  @Override
  public String schemaJson(String apiName) {
    return switch (apiName) {
      case "order" -> ORDER_SCHEMA;
      default -> null;
    };
  }

  @Override
  public int readSkewSeconds() {
    return 0;
  }

  @Override
  public int pageSize() {
    return 100;
  }

  @Override
  public int apiMaxCrudSize() {
    return 20;
  }

  @Override
  public List<String> secretFields() {
    return SECRET_FIELDS;
  }

  @Override
  public Connection test(Connection connection) throws Exception {
    // No @TestConnection method: the connection is accepted as it is.
    return connection;
  }

  @Override
  public List<EntitySchema> describe(Connection connection) throws Exception {
    // No @Describe method: every entity is a @Schema type, described by its generated Schema.
    return List.of();
  }

  private static final class OrderBinding extends EntityBinding<Order> {
    private static final Set<RequestType> OPERATIONS = Collections.unmodifiableSet(EnumSet.of(RequestType.READ));

    @Override
    public String apiName() {
      return "order";
    }

    @Override
    public Set<RequestType> operations() {
      return OPERATIONS;
    }

    @Override
    public ValueCodec<Order> codec() {
      return OrderCodec.INSTANCE;
    }

    @Override
    public String idOf(Order record) {
      return record.id();
    }

    @Override
    public Instant watermarkOf(Order record) {
      return Instant.ofEpochMilli(record.updated());
    }

    @Override
    public ReadPage<Order> read(ReadRequest request) throws Exception {
      return new ShopSynapse().orders(request);
    }
  }
}
