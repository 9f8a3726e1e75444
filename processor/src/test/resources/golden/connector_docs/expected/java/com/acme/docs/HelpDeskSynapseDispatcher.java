package com.acme.docs;

import dev.dovetail.runtime.codec.ValueCodec;
import dev.dovetail.runtime.synapse.Connection;
import dev.dovetail.runtime.synapse.EntityBinding;
import dev.dovetail.runtime.synapse.EntitySchema;
import dev.dovetail.runtime.synapse.ReadPage;
import dev.dovetail.runtime.synapse.ReadRequest;
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
 * Runtime glue of synapse {@code help_desk_synapse} ({@link HelpDeskSynapse}), listed in the service index.
 */
@Generated(
    value = "dev.dovetail.processor.DovetailProcessor",
    comments = "dispatcher of synapse help_desk_synapse"
)
public final class HelpDeskSynapseDispatcher implements SynapseDispatcher {
  private static final String SYNAPSE_INFO = "{\"name\":\"help_desk_synapse\",\"category\":\"support\",\"metadata\":{\"displayName\":\"Acme Help Desk\","
      + "\"iconPath\":null,\"backgroundColor\":null,\"helpUrl\":null},\"supportedAuthTypes\":[{\"authType\":\"ApiKey\","
      + "\"fields\":[{\"name\":\"endpoint\",\"dataType\":\"string\",\"label\":\"API URL\",\"required\":true,"
      + "\"defaultValue\":\"https://help.acme.io/api\",\"description\":null},{\"name\":\"apiKey\",\"dataType\":\"password\","
      + "\"label\":\"API key\",\"required\":true,\"defaultValue\":null,\"description\":null},{\"name\":\"brand\","
      + "\"dataType\":\"string\",\"label\":\"Brand\",\"required\":false,\"defaultValue\":null,\"description\":\"Brand to sync,"
      + " e.g. `acme_eu`\"}],\"label\":null},{\"authType\":\"UserPassword\",\"fields\":[{\"name\":\"endpoint\","
      + "\"dataType\":\"string\",\"label\":\"API URL\",\"required\":true,\"defaultValue\":\"https://help.acme.io/api\","
      + "\"description\":null},{\"name\":\"user\",\"dataType\":\"string\",\"label\":\"User\",\"required\":true,"
      + "\"defaultValue\":null,\"description\":null},{\"name\":\"password\",\"dataType\":\"password\","
      + "\"label\":\"Password\",\"required\":true,\"defaultValue\":null,\"description\":\"Never logged | never stored\"},"
      + "{\"name\":\"brand\",\"dataType\":\"string\",\"label\":\"Brand\",\"required\":false,\"defaultValue\":null,"
      + "\"description\":\"Brand to sync, e.g. `acme_eu`\"}],\"label\":null}],\"configuredFields\":null,"
      + "\"disabledMessage\":null,\"oauthInfo\":null,\"apiMaxCrudSize\":20,\"capabilities\":[\"getByWatermark\","
      + "\"create\",\"update\"]}";

  private static final String TICKET_SCHEMA = "{\"id\":null,\"apiName\":\"ticket\",\"displayName\":\"Ticket\",\"pluralName\":null,\"description\":\"A support ticket.\","
      + "\"custom\":false,\"readOnly\":false,\"version\":null,\"child\":false,\"attributes\":[{\"id\":null,"
      + "\"apiName\":\"id\",\"displayName\":\"Id\",\"externalId\":null,\"entityId\":null,\"parentAttributeId\":null,"
      + "\"dataType\":\"integer\",\"length\":null,\"precision\":null,\"scale\":null,\"picklistValues\":null,"
      + "\"picklist\":null,\"referenceTo\":null,\"referenceTargetField\":null,\"referenceToPluralName\":null,"
      + "\"custom\":false,\"defaultValue\":null,\"nillable\":false,\"initializable\":true,\"updateable\":false,"
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
      + "{\"id\":null,\"apiName\":\"requester_id\",\"displayName\":\"Requester Id\",\"externalId\":null,"
      + "\"entityId\":null,\"parentAttributeId\":null,\"dataType\":\"reference\",\"length\":null,\"precision\":null,"
      + "\"scale\":null,\"picklistValues\":null,\"picklist\":null,\"referenceTo\":\"user\",\"referenceTargetField\":null,"
      + "\"referenceToPluralName\":null,\"custom\":false,\"defaultValue\":null,\"nillable\":true,\"initializable\":true,"
      + "\"updateable\":true,\"createOnly\":false,\"calculated\":false,\"unique\":false,\"status\":\"ACTIVE\","
      + "\"isIdField\":false,\"isWatermarkField\":false,\"isCreatedAtField\":false,\"isUpdatedAtField\":false,"
      + "\"isMultiValueField\":false,\"isSystem\":false,\"isSyncariDefined\":false,\"compositeKey\":null},"
      + "{\"id\":null,\"apiName\":\"watchers\",\"displayName\":\"Watchers\",\"externalId\":null,\"entityId\":null,"
      + "\"parentAttributeId\":null,\"dataType\":\"string\",\"length\":null,\"precision\":null,\"scale\":null,"
      + "\"picklistValues\":null,\"picklist\":null,\"referenceTo\":null,\"referenceTargetField\":null,"
      + "\"referenceToPluralName\":null,\"custom\":false,\"defaultValue\":null,\"nillable\":true,\"initializable\":true,"
      + "\"updateable\":true,\"createOnly\":false,\"calculated\":false,\"unique\":false,\"status\":\"ACTIVE\","
      + "\"isIdField\":false,\"isWatermarkField\":false,\"isCreatedAtField\":false,\"isUpdatedAtField\":false,"
      + "\"isMultiValueField\":true,\"isSystem\":false,\"isSyncariDefined\":false,\"compositeKey\":null},"
      + "{\"id\":null,\"apiName\":\"opened_at\",\"displayName\":\"Opened At\",\"externalId\":null,\"entityId\":null,"
      + "\"parentAttributeId\":null,\"dataType\":\"datetime\",\"length\":null,\"precision\":null,\"scale\":null,"
      + "\"picklistValues\":null,\"picklist\":null,\"referenceTo\":null,\"referenceTargetField\":null,"
      + "\"referenceToPluralName\":null,\"custom\":false,\"defaultValue\":null,\"nillable\":true,\"initializable\":false,"
      + "\"updateable\":false,\"createOnly\":false,\"calculated\":true,\"unique\":false,\"status\":\"ACTIVE\","
      + "\"isIdField\":false,\"isWatermarkField\":false,\"isCreatedAtField\":true,\"isUpdatedAtField\":false,"
      + "\"isMultiValueField\":false,\"isSystem\":false,\"isSyncariDefined\":false,\"compositeKey\":null},"
      + "{\"id\":null,\"apiName\":\"updated_at\",\"displayName\":\"Updated At\",\"externalId\":null,\"entityId\":null,"
      + "\"parentAttributeId\":null,\"dataType\":\"datetime\",\"length\":null,\"precision\":null,\"scale\":null,"
      + "\"picklistValues\":null,\"picklist\":null,\"referenceTo\":null,\"referenceTargetField\":null,"
      + "\"referenceToPluralName\":null,\"custom\":false,\"defaultValue\":null,\"nillable\":true,\"initializable\":false,"
      + "\"updateable\":false,\"createOnly\":false,\"calculated\":true,\"unique\":false,\"status\":\"ACTIVE\","
      + "\"isIdField\":false,\"isWatermarkField\":true,\"isCreatedAtField\":false,\"isUpdatedAtField\":true,"
      + "\"isMultiValueField\":false,\"isSystem\":true,\"isSyncariDefined\":false,\"compositeKey\":null}]}";

  private static final String USER_SCHEMA = "{\"id\":null,\"apiName\":\"user\",\"displayName\":\"User\",\"pluralName\":null,\"description\":\"An agent or end user of the help desk.\","
      + "\"custom\":false,\"readOnly\":true,\"version\":null,\"child\":false,\"attributes\":[{\"id\":null,"
      + "\"apiName\":\"id\",\"displayName\":\"Id\",\"externalId\":null,\"entityId\":null,\"parentAttributeId\":null,"
      + "\"dataType\":\"string\",\"length\":null,\"precision\":null,\"scale\":null,\"picklistValues\":null,"
      + "\"picklist\":null,\"referenceTo\":null,\"referenceTargetField\":null,\"referenceToPluralName\":null,"
      + "\"custom\":false,\"defaultValue\":null,\"nillable\":false,\"initializable\":true,\"updateable\":true,"
      + "\"createOnly\":false,\"calculated\":false,\"unique\":true,\"status\":\"ACTIVE\",\"isIdField\":true,"
      + "\"isWatermarkField\":false,\"isCreatedAtField\":false,\"isUpdatedAtField\":false,\"isMultiValueField\":false,"
      + "\"isSystem\":false,\"isSyncariDefined\":false,\"compositeKey\":null},{\"id\":null,\"apiName\":\"email\","
      + "\"displayName\":\"Email\",\"externalId\":null,\"entityId\":null,\"parentAttributeId\":null,"
      + "\"dataType\":\"string\",\"length\":null,\"precision\":null,\"scale\":null,\"picklistValues\":null,"
      + "\"picklist\":null,\"referenceTo\":null,\"referenceTargetField\":null,\"referenceToPluralName\":null,"
      + "\"custom\":false,\"defaultValue\":null,\"nillable\":true,\"initializable\":true,\"updateable\":true,"
      + "\"createOnly\":false,\"calculated\":false,\"unique\":true,\"status\":\"ACTIVE\",\"isIdField\":false,"
      + "\"isWatermarkField\":false,\"isCreatedAtField\":false,\"isUpdatedAtField\":false,\"isMultiValueField\":false,"
      + "\"isSystem\":false,\"isSyncariDefined\":false,\"compositeKey\":null},{\"id\":null,\"apiName\":\"updated_at\","
      + "\"displayName\":\"Updated At\",\"externalId\":null,\"entityId\":null,\"parentAttributeId\":null,"
      + "\"dataType\":\"datetime\",\"length\":null,\"precision\":null,\"scale\":null,\"picklistValues\":null,"
      + "\"picklist\":null,\"referenceTo\":null,\"referenceTargetField\":null,\"referenceToPluralName\":null,"
      + "\"custom\":false,\"defaultValue\":null,\"nillable\":true,\"initializable\":true,\"updateable\":true,"
      + "\"createOnly\":false,\"calculated\":false,\"unique\":false,\"status\":\"ACTIVE\",\"isIdField\":false,"
      + "\"isWatermarkField\":true,\"isCreatedAtField\":false,\"isUpdatedAtField\":true,\"isMultiValueField\":false,"
      + "\"isSystem\":true,\"isSyncariDefined\":false,\"compositeKey\":null}]}";

  private static final List<EntityBinding<?>> ENTITIES = List.of(new TicketBinding(), new UserBinding());

  private static final List<String> SECRET_FIELDS = List.of("apiKey", "password");

  @Override
  public String name() {
    return "help_desk_synapse";
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
      case "user" -> USER_SCHEMA;
      default -> null;
    };
  }

  @Override
  public int readSkewSeconds() {
    return 0;
  }

  @Override
  public int pageSize() {
    return 50;
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
    return new HelpDeskSynapse().test(connection);
  }

  @Override
  public List<EntitySchema> describe(Connection connection) throws Exception {
    // No @Describe method: every entity is a @Schema type, described by its generated Schema.
    return List.of();
  }

  private static final class TicketBinding extends EntityBinding<Ticket> {
    private static final Set<RequestType> OPERATIONS = Collections.unmodifiableSet(EnumSet.of(RequestType.READ, RequestType.CREATE, RequestType.UPDATE));

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
    public Instant createdAtOf(Ticket record) {
      return record.openedAt();
    }

    @Override
    public ReadPage<Ticket> read(ReadRequest request) throws Exception {
      return new HelpDeskSynapse().readTickets(request);
    }

    @Override
    public List<WriteResult> create(WriteRequest<Ticket> request) throws Exception {
      return new HelpDeskSynapse().createTickets(request);
    }

    @Override
    public List<WriteResult> update(WriteRequest<Ticket> request) throws Exception {
      return new HelpDeskSynapse().updateTickets(request);
    }
  }

  private static final class UserBinding extends EntityBinding<User> {
    private static final Set<RequestType> OPERATIONS = Collections.unmodifiableSet(EnumSet.of(RequestType.READ));

    @Override
    public String apiName() {
      return "user";
    }

    @Override
    public Set<RequestType> operations() {
      return OPERATIONS;
    }

    @Override
    public ValueCodec<User> codec() {
      return UserCodec.INSTANCE;
    }

    @Override
    public String idOf(User record) {
      return record.id();
    }

    @Override
    public Instant watermarkOf(User record) {
      return record.updatedAt();
    }

    @Override
    public ReadPage<User> read(ReadRequest request) throws Exception {
      return new HelpDeskSynapse().readUsers(request);
    }
  }
}
