package com.acme.mail;

import dev.dovetail.runtime.codec.ValueCodec;
import dev.dovetail.runtime.synapse.Connection;
import dev.dovetail.runtime.synapse.EntityBinding;
import dev.dovetail.runtime.synapse.EntitySchema;
import dev.dovetail.runtime.synapse.IdRequest;
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
 * Runtime glue of synapse {@code mailing_synapse} ({@link MailingSynapse}), listed in the service index.
 */
@Generated(
    value = "dev.dovetail.processor.DovetailProcessor",
    comments = "dispatcher of synapse mailing_synapse"
)
public final class MailingSynapseDispatcher implements SynapseDispatcher {
  private static final String SYNAPSE_INFO = "{\"name\":\"mailing_synapse\",\"category\":\"marketing\",\"metadata\":{\"displayName\":\"Mailing Synapse\","
      + "\"iconPath\":null,\"backgroundColor\":null,\"helpUrl\":null},\"supportedAuthTypes\":[{\"authType\":\"UserPassword\","
      + "\"fields\":[{\"name\":\"endpoint\",\"dataType\":\"string\",\"label\":\"API URL\",\"required\":true,"
      + "\"defaultValue\":null,\"description\":null},{\"name\":\"userName\",\"dataType\":\"string\",\"label\":\"User Name\","
      + "\"required\":true,\"defaultValue\":null,\"description\":null},{\"name\":\"password\",\"dataType\":\"password\","
      + "\"label\":\"Password\",\"required\":true,\"defaultValue\":null,\"description\":null},{\"name\":\"listId\","
      + "\"dataType\":\"password\",\"label\":\"List\",\"required\":true,\"defaultValue\":null,\"description\":null}],"
      + "\"label\":null},{\"authType\":\"ApiKey\",\"fields\":[{\"name\":\"endpoint\",\"dataType\":\"string\","
      + "\"label\":\"API URL\",\"required\":true,\"defaultValue\":null,\"description\":null},{\"name\":\"token\","
      + "\"dataType\":\"password\",\"label\":\"API key\",\"required\":true,\"defaultValue\":null,\"description\":null},"
      + "{\"name\":\"listId\",\"dataType\":\"password\",\"label\":\"List\",\"required\":true,\"defaultValue\":null,"
      + "\"description\":null}],\"label\":null}],\"configuredFields\":null,\"disabledMessage\":null,"
      + "\"oauthInfo\":null,\"apiMaxCrudSize\":50,\"capabilities\":[\"create\",\"update\",\"delete\"]}";

  private static final String SUBSCRIBER_SCHEMA = "{\"id\":null,\"apiName\":\"subscriber\",\"displayName\":\"Subscriber\",\"pluralName\":null,\"description\":\"A subscriber of a mailing list.\","
      + "\"custom\":false,\"readOnly\":false,\"version\":null,\"child\":false,\"attributes\":[{\"id\":null,"
      + "\"apiName\":\"email\",\"displayName\":\"Email\",\"externalId\":null,\"entityId\":null,\"parentAttributeId\":null,"
      + "\"dataType\":\"string\",\"length\":null,\"precision\":null,\"scale\":null,\"picklistValues\":null,"
      + "\"picklist\":null,\"referenceTo\":null,\"referenceTargetField\":null,\"referenceToPluralName\":null,"
      + "\"custom\":false,\"defaultValue\":null,\"nillable\":false,\"initializable\":true,\"updateable\":true,"
      + "\"createOnly\":false,\"calculated\":false,\"unique\":true,\"status\":\"ACTIVE\",\"isIdField\":true,"
      + "\"isWatermarkField\":false,\"isCreatedAtField\":false,\"isUpdatedAtField\":false,\"isMultiValueField\":false,"
      + "\"isSystem\":false,\"isSyncariDefined\":false,\"compositeKey\":null},{\"id\":null,\"apiName\":\"name\","
      + "\"displayName\":\"Name\",\"externalId\":null,\"entityId\":null,\"parentAttributeId\":null,\"dataType\":\"string\","
      + "\"length\":null,\"precision\":null,\"scale\":null,\"picklistValues\":null,\"picklist\":null,"
      + "\"referenceTo\":null,\"referenceTargetField\":null,\"referenceToPluralName\":null,\"custom\":false,"
      + "\"defaultValue\":null,\"nillable\":true,\"initializable\":true,\"updateable\":true,\"createOnly\":false,"
      + "\"calculated\":false,\"unique\":false,\"status\":\"ACTIVE\",\"isIdField\":false,\"isWatermarkField\":false,"
      + "\"isCreatedAtField\":false,\"isUpdatedAtField\":false,\"isMultiValueField\":false,\"isSystem\":false,"
      + "\"isSyncariDefined\":false,\"compositeKey\":null},{\"id\":null,\"apiName\":\"status\",\"displayName\":\"Status\","
      + "\"externalId\":null,\"entityId\":null,\"parentAttributeId\":null,\"dataType\":\"picklist\","
      + "\"length\":null,\"precision\":null,\"scale\":null,\"picklistValues\":[\"ACTIVE\",\"UNSUBSCRIBED\","
      + "\"BOUNCED\"],\"picklist\":null,\"referenceTo\":null,\"referenceTargetField\":null,\"referenceToPluralName\":null,"
      + "\"custom\":false,\"defaultValue\":null,\"nillable\":true,\"initializable\":true,\"updateable\":true,"
      + "\"createOnly\":false,\"calculated\":false,\"unique\":false,\"status\":\"ACTIVE\",\"isIdField\":false,"
      + "\"isWatermarkField\":false,\"isCreatedAtField\":false,\"isUpdatedAtField\":false,\"isMultiValueField\":false,"
      + "\"isSystem\":false,\"isSyncariDefined\":false,\"compositeKey\":null},{\"id\":null,\"apiName\":\"birthday\","
      + "\"displayName\":\"Birthday\",\"externalId\":null,\"entityId\":null,\"parentAttributeId\":null,"
      + "\"dataType\":\"date\",\"length\":null,\"precision\":null,\"scale\":null,\"picklistValues\":null,"
      + "\"picklist\":null,\"referenceTo\":null,\"referenceTargetField\":null,\"referenceToPluralName\":null,"
      + "\"custom\":false,\"defaultValue\":null,\"nillable\":true,\"initializable\":true,\"updateable\":true,"
      + "\"createOnly\":false,\"calculated\":false,\"unique\":false,\"status\":\"ACTIVE\",\"isIdField\":false,"
      + "\"isWatermarkField\":false,\"isCreatedAtField\":false,\"isUpdatedAtField\":false,\"isMultiValueField\":false,"
      + "\"isSystem\":false,\"isSyncariDefined\":false,\"compositeKey\":null},{\"id\":null,\"apiName\":\"tags\","
      + "\"displayName\":\"Tags\",\"externalId\":null,\"entityId\":null,\"parentAttributeId\":null,\"dataType\":\"string\","
      + "\"length\":null,\"precision\":null,\"scale\":null,\"picklistValues\":null,\"picklist\":null,"
      + "\"referenceTo\":null,\"referenceTargetField\":null,\"referenceToPluralName\":null,\"custom\":false,"
      + "\"defaultValue\":null,\"nillable\":true,\"initializable\":true,\"updateable\":true,\"createOnly\":false,"
      + "\"calculated\":false,\"unique\":false,\"status\":\"ACTIVE\",\"isIdField\":false,\"isWatermarkField\":false,"
      + "\"isCreatedAtField\":false,\"isUpdatedAtField\":false,\"isMultiValueField\":true,\"isSystem\":false,"
      + "\"isSyncariDefined\":false,\"compositeKey\":null},{\"id\":null,\"apiName\":\"score\",\"displayName\":\"Score\","
      + "\"externalId\":null,\"entityId\":null,\"parentAttributeId\":null,\"dataType\":\"double\",\"length\":null,"
      + "\"precision\":null,\"scale\":null,\"picklistValues\":null,\"picklist\":null,\"referenceTo\":null,"
      + "\"referenceTargetField\":null,\"referenceToPluralName\":null,\"custom\":false,\"defaultValue\":null,"
      + "\"nillable\":true,\"initializable\":false,\"updateable\":false,\"createOnly\":false,\"calculated\":true,"
      + "\"unique\":false,\"status\":\"ACTIVE\",\"isIdField\":false,\"isWatermarkField\":false,\"isCreatedAtField\":false,"
      + "\"isUpdatedAtField\":false,\"isMultiValueField\":false,\"isSystem\":false,\"isSyncariDefined\":false,"
      + "\"compositeKey\":null},{\"id\":null,\"apiName\":\"double_opt_in\",\"displayName\":\"Double Opt In\","
      + "\"externalId\":null,\"entityId\":null,\"parentAttributeId\":null,\"dataType\":\"boolean\",\"length\":null,"
      + "\"precision\":null,\"scale\":null,\"picklistValues\":null,\"picklist\":null,\"referenceTo\":null,"
      + "\"referenceTargetField\":null,\"referenceToPluralName\":null,\"custom\":false,\"defaultValue\":null,"
      + "\"nillable\":true,\"initializable\":true,\"updateable\":false,\"createOnly\":true,\"calculated\":false,"
      + "\"unique\":false,\"status\":\"ACTIVE\",\"isIdField\":false,\"isWatermarkField\":false,\"isCreatedAtField\":false,"
      + "\"isUpdatedAtField\":false,\"isMultiValueField\":false,\"isSystem\":false,\"isSyncariDefined\":false,"
      + "\"compositeKey\":null}]}";

  private static final String TAG_SCHEMA = "{\"id\":null,\"apiName\":\"tag\",\"displayName\":\"Tag\",\"pluralName\":null,\"description\":\"A tag subscribers can carry.\","
      + "\"custom\":false,\"readOnly\":false,\"version\":null,\"child\":false,\"attributes\":[{\"id\":null,"
      + "\"apiName\":\"name\",\"displayName\":\"Name\",\"externalId\":null,\"entityId\":null,\"parentAttributeId\":null,"
      + "\"dataType\":\"string\",\"length\":null,\"precision\":null,\"scale\":null,\"picklistValues\":null,"
      + "\"picklist\":null,\"referenceTo\":null,\"referenceTargetField\":null,\"referenceToPluralName\":null,"
      + "\"custom\":false,\"defaultValue\":null,\"nillable\":false,\"initializable\":true,\"updateable\":true,"
      + "\"createOnly\":false,\"calculated\":false,\"unique\":true,\"status\":\"ACTIVE\",\"isIdField\":true,"
      + "\"isWatermarkField\":false,\"isCreatedAtField\":false,\"isUpdatedAtField\":false,\"isMultiValueField\":false,"
      + "\"isSystem\":false,\"isSyncariDefined\":false,\"compositeKey\":null}]}";

  private static final List<EntityBinding<?>> ENTITIES = List.of(new SubscriberBinding(), new TagBinding());

  private static final List<String> SECRET_FIELDS = List.of("password", "token", "listId");

  @Override
  public String name() {
    return "mailing_synapse";
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
      case "subscriber" -> SUBSCRIBER_SCHEMA;
      case "tag" -> TAG_SCHEMA;
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
    return 50;
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

  private static final class SubscriberBinding extends EntityBinding<Subscriber> {
    private static final Set<RequestType> OPERATIONS = Collections.unmodifiableSet(EnumSet.of(RequestType.CREATE, RequestType.UPDATE, RequestType.DELETE));

    @Override
    public String apiName() {
      return "subscriber";
    }

    @Override
    public Set<RequestType> operations() {
      return OPERATIONS;
    }

    @Override
    public ValueCodec<Subscriber> codec() {
      return SubscriberCodec.INSTANCE;
    }

    @Override
    public String idOf(Subscriber record) {
      return record.email();
    }

    @Override
    public Instant watermarkOf(Subscriber record) {
      return null;
    }

    @Override
    public List<WriteResult> create(WriteRequest<Subscriber> request) throws Exception {
      return new MailingSynapse().subscribe(request);
    }

    @Override
    public List<WriteResult> update(WriteRequest<Subscriber> request) throws Exception {
      return new MailingSynapse().change(request);
    }

    @Override
    public List<WriteResult> delete(IdRequest request) throws Exception {
      return new MailingSynapse().unsubscribe(request);
    }
  }

  private static final class TagBinding extends EntityBinding<Tag> {
    private static final Set<RequestType> OPERATIONS = Collections.unmodifiableSet(EnumSet.of(RequestType.CREATE));

    @Override
    public String apiName() {
      return "tag";
    }

    @Override
    public Set<RequestType> operations() {
      return OPERATIONS;
    }

    @Override
    public ValueCodec<Tag> codec() {
      return TagCodec.INSTANCE;
    }

    @Override
    public String idOf(Tag record) {
      return record.name();
    }

    @Override
    public Instant watermarkOf(Tag record) {
      return null;
    }

    @Override
    public List<WriteResult> create(WriteRequest<Tag> request) throws Exception {
      return new MailingSynapse().createTags(request);
    }
  }
}
