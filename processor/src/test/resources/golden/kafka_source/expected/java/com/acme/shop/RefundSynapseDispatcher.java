package com.acme.shop;

import dev.dovetail.runtime.codec.ValueCodec;
import dev.dovetail.runtime.synapse.Connection;
import dev.dovetail.runtime.synapse.EntityBinding;
import dev.dovetail.runtime.synapse.EntitySchema;
import dev.dovetail.runtime.synapse.RequestType;
import dev.dovetail.runtime.synapse.SynapseDispatcher;
import dev.dovetail.runtime.synapse.WriteRequest;
import dev.dovetail.runtime.synapse.WriteResult;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * Runtime glue of synapse {@code acme_refunds} ({@link RefundSynapse}), listed in the service index.
 */
@Generated(
    value = "dev.dovetail.processor.DovetailProcessor",
    comments = "dispatcher of synapse acme_refunds"
)
public final class RefundSynapseDispatcher implements SynapseDispatcher {
  private static final String SYNAPSE_INFO = "{\"name\":\"acme_refunds\",\"category\":\"commerce\",\"metadata\":{\"displayName\":\"Refund Synapse\","
      + "\"iconPath\":null,\"backgroundColor\":null,\"helpUrl\":null},\"supportedAuthTypes\":[{\"authType\":\"None\","
      + "\"fields\":null,\"label\":null}],\"configuredFields\":null,\"disabledMessage\":null,\"oauthInfo\":null,"
      + "\"apiMaxCrudSize\":20,\"capabilities\":[\"create\"]}";

  private static final String REFUND_SCHEMA = "{\"id\":null,\"apiName\":\"refund\",\"displayName\":\"Refund\",\"pluralName\":null,\"description\":\"A refund the shop is told about.\","
      + "\"custom\":false,\"readOnly\":false,\"version\":null,\"child\":false,\"attributes\":[{\"id\":null,"
      + "\"apiName\":\"id\",\"displayName\":\"Id\",\"externalId\":null,\"entityId\":null,\"parentAttributeId\":null,"
      + "\"dataType\":\"string\",\"length\":null,\"precision\":null,\"scale\":null,\"picklistValues\":null,"
      + "\"picklist\":null,\"referenceTo\":null,\"referenceTargetField\":null,\"referenceToPluralName\":null,"
      + "\"custom\":false,\"defaultValue\":null,\"nillable\":false,\"initializable\":true,\"updateable\":true,"
      + "\"createOnly\":false,\"calculated\":false,\"unique\":true,\"status\":\"ACTIVE\",\"isIdField\":true,"
      + "\"isWatermarkField\":false,\"isCreatedAtField\":false,\"isUpdatedAtField\":false,\"isMultiValueField\":false,"
      + "\"isSystem\":false,\"isSyncariDefined\":false,\"compositeKey\":null},{\"id\":null,\"apiName\":\"order_id\","
      + "\"displayName\":\"Order Id\",\"externalId\":null,\"entityId\":null,\"parentAttributeId\":null,"
      + "\"dataType\":\"string\",\"length\":null,\"precision\":null,\"scale\":null,\"picklistValues\":null,"
      + "\"picklist\":null,\"referenceTo\":null,\"referenceTargetField\":null,\"referenceToPluralName\":null,"
      + "\"custom\":false,\"defaultValue\":null,\"nillable\":true,\"initializable\":true,\"updateable\":true,"
      + "\"createOnly\":false,\"calculated\":false,\"unique\":false,\"status\":\"ACTIVE\",\"isIdField\":false,"
      + "\"isWatermarkField\":false,\"isCreatedAtField\":false,\"isUpdatedAtField\":false,\"isMultiValueField\":false,"
      + "\"isSystem\":false,\"isSyncariDefined\":false,\"compositeKey\":null}]}";

  private static final List<EntityBinding<?>> ENTITIES = List.of(new RefundBinding());

  private static final List<String> SECRET_FIELDS = List.of();

  @Override
  public String name() {
    return "acme_refunds";
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
      case "refund" -> REFUND_SCHEMA;
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

  private static final class RefundBinding extends EntityBinding<Refund> {
    private static final Set<RequestType> OPERATIONS = Collections.unmodifiableSet(EnumSet.of(RequestType.CREATE));

    @Override
    public String apiName() {
      return "refund";
    }

    @Override
    public Set<RequestType> operations() {
      return OPERATIONS;
    }

    @Override
    public ValueCodec<Refund> codec() {
      return RefundCodec.INSTANCE;
    }

    @Override
    public String idOf(Refund record) {
      return record.id();
    }

    @Override
    public Instant watermarkOf(Refund record) {
      return null;
    }

    @Override
    public List<WriteResult> create(WriteRequest<Refund> request) throws Exception {
      return new RefundSynapse().refund(request);
    }
  }
}
