package com.acme.desk;

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
 * Runtime glue of synapse {@code helpdesk} ({@link HelpdeskSynapse}), listed in the service index.
 */
@Generated(
    value = "dev.dovetail.processor.DovetailProcessor",
    comments = "dispatcher of synapse helpdesk"
)
public final class HelpdeskSynapseDispatcher implements SynapseDispatcher {
  private static final String SYNAPSE_INFO = "{\"name\":\"helpdesk\",\"category\":\"support\",\"metadata\":{\"displayName\":\"Helpdesk Synapse\","
      + "\"iconPath\":null,\"backgroundColor\":null,\"helpUrl\":null},\"supportedAuthTypes\":[{\"authType\":\"ApiKey\","
      + "\"fields\":[{\"name\":\"endpoint\",\"dataType\":\"string\",\"label\":\"API URL\",\"required\":true,"
      + "\"defaultValue\":null,\"description\":null},{\"name\":\"customObjects\",\"dataType\":\"string\","
      + "\"label\":\"Custom Objects\",\"required\":false,\"defaultValue\":null,\"description\":\"Comma-separated names of the custom objects to describe\"}],"
      + "\"label\":null}],\"configuredFields\":null,\"disabledMessage\":null,\"oauthInfo\":null,\"apiMaxCrudSize\":20,"
      + "\"capabilities\":[\"getByWatermark\"]}";

  private static final String TICKET_SCHEMA = "{\"id\":null,\"apiName\":\"ticket\",\"displayName\":\"Ticket\",\"pluralName\":null,\"description\":\"A support ticket.\","
      + "\"custom\":false,\"readOnly\":true,\"version\":null,\"child\":false,\"attributes\":[{\"id\":null,"
      + "\"apiName\":\"id\",\"displayName\":\"Id\",\"externalId\":null,\"entityId\":null,\"parentAttributeId\":null,"
      + "\"dataType\":\"integer\",\"length\":null,\"precision\":null,\"scale\":null,\"picklistValues\":null,"
      + "\"picklist\":null,\"referenceTo\":null,\"referenceTargetField\":null,\"referenceToPluralName\":null,"
      + "\"custom\":false,\"defaultValue\":null,\"nillable\":false,\"initializable\":true,\"updateable\":true,"
      + "\"createOnly\":false,\"calculated\":false,\"unique\":true,\"status\":\"ACTIVE\",\"isIdField\":true,"
      + "\"isWatermarkField\":false,\"isCreatedAtField\":false,\"isUpdatedAtField\":false,\"isMultiValueField\":false,"
      + "\"isSystem\":false,\"isSyncariDefined\":false,\"compositeKey\":null},{\"id\":null,\"apiName\":\"subject\","
      + "\"displayName\":\"Subject\",\"externalId\":null,\"entityId\":null,\"parentAttributeId\":null,"
      + "\"dataType\":\"string\",\"length\":null,\"precision\":null,\"scale\":null,\"picklistValues\":null,"
      + "\"picklist\":null,\"referenceTo\":null,\"referenceTargetField\":null,\"referenceToPluralName\":null,"
      + "\"custom\":false,\"defaultValue\":null,\"nillable\":true,\"initializable\":true,\"updateable\":true,"
      + "\"createOnly\":false,\"calculated\":false,\"unique\":false,\"status\":\"ACTIVE\",\"isIdField\":false,"
      + "\"isWatermarkField\":false,\"isCreatedAtField\":false,\"isUpdatedAtField\":false,\"isMultiValueField\":false,"
      + "\"isSystem\":false,\"isSyncariDefined\":false,\"compositeKey\":null},{\"id\":null,\"apiName\":\"status\","
      + "\"displayName\":\"Status\",\"externalId\":null,\"entityId\":null,\"parentAttributeId\":null,"
      + "\"dataType\":\"picklist\",\"length\":null,\"precision\":null,\"scale\":null,\"picklistValues\":[\"OPEN\","
      + "\"PENDING\",\"SOLVED\"],\"picklist\":null,\"referenceTo\":null,\"referenceTargetField\":null,"
      + "\"referenceToPluralName\":null,\"custom\":false,\"defaultValue\":null,\"nillable\":true,\"initializable\":true,"
      + "\"updateable\":true,\"createOnly\":false,\"calculated\":false,\"unique\":false,\"status\":\"ACTIVE\","
      + "\"isIdField\":false,\"isWatermarkField\":false,\"isCreatedAtField\":false,\"isUpdatedAtField\":false,"
      + "\"isMultiValueField\":false,\"isSystem\":false,\"isSyncariDefined\":false,\"compositeKey\":null},"
      + "{\"id\":null,\"apiName\":\"updated_at\",\"displayName\":\"Updated At\",\"externalId\":null,\"entityId\":null,"
      + "\"parentAttributeId\":null,\"dataType\":\"datetime\",\"length\":null,\"precision\":null,\"scale\":null,"
      + "\"picklistValues\":null,\"picklist\":null,\"referenceTo\":null,\"referenceTargetField\":null,"
      + "\"referenceToPluralName\":null,\"custom\":false,\"defaultValue\":null,\"nillable\":true,\"initializable\":true,"
      + "\"updateable\":false,\"createOnly\":false,\"calculated\":false,\"unique\":false,\"status\":\"ACTIVE\","
      + "\"isIdField\":false,\"isWatermarkField\":true,\"isCreatedAtField\":false,\"isUpdatedAtField\":true,"
      + "\"isMultiValueField\":false,\"isSystem\":true,\"isSyncariDefined\":false,\"compositeKey\":null}]}";

  private static final List<EntityBinding<?>> ENTITIES = List.of(new TicketBinding());

  private static final List<String> SECRET_FIELDS = List.of();

  @Override
  public String name() {
    return "helpdesk";
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
      case "ticket" -> TICKET_SCHEMA;
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
    return new HelpdeskSynapse().customObjects(connection);
  }

  private static final class TicketBinding extends EntityBinding<Ticket> {
    private static final Set<RequestType> OPERATIONS = Collections.unmodifiableSet(EnumSet.of(RequestType.READ));

    @Override
    public String apiName() {
      return "ticket";
    }

    @Override
    public Set<RequestType> operations() {
      return OPERATIONS;
    }

    @Override
    public ValueCodec<Ticket> codec() {
      return TicketCodec.INSTANCE;
    }

    @Override
    public String idOf(Ticket record) {
      return String.valueOf(record.id());
    }

    @Override
    public Instant watermarkOf(Ticket record) {
      return record.updatedAt();
    }

    @Override
    public ReadPage<Ticket> read(ReadRequest request) throws Exception {
      return new HelpdeskSynapse().tickets(request);
    }
  }
}
