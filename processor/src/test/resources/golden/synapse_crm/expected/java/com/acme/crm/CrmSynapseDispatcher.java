package com.acme.crm;

import dev.dovetail.runtime.codec.ValueCodec;
import dev.dovetail.runtime.synapse.Connection;
import dev.dovetail.runtime.synapse.EntityBinding;
import dev.dovetail.runtime.synapse.EntitySchema;
import dev.dovetail.runtime.synapse.IdRequest;
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
 * Runtime glue of synapse {@code crm_synapse} ({@link CrmSynapse}), listed in the service index.
 */
@Generated(
    value = "dev.dovetail.processor.DovetailProcessor",
    comments = "dispatcher of synapse crm_synapse"
)
public final class CrmSynapseDispatcher implements SynapseDispatcher {
  private static final String SYNAPSE_INFO = "{\"name\":\"crm_synapse\",\"category\":\"crm\",\"metadata\":{\"displayName\":\"Crm Synapse\",\"iconPath\":null,"
      + "\"backgroundColor\":null,\"helpUrl\":null},\"supportedAuthTypes\":[{\"authType\":\"ApiKey\","
      + "\"fields\":[{\"name\":\"endpoint\",\"dataType\":\"string\",\"label\":\"API URL\",\"required\":true,"
      + "\"defaultValue\":null,\"description\":null},{\"name\":\"accessToken\",\"dataType\":\"password\","
      + "\"label\":\"API token\",\"required\":true,\"defaultValue\":null,\"description\":null},{\"name\":\"companyDomain\","
      + "\"dataType\":\"string\",\"label\":\"Company Domain\",\"required\":false,\"defaultValue\":null,"
      + "\"description\":\"Sub-domain of the CRM\"}],\"label\":null}],\"configuredFields\":null,\"disabledMessage\":null,"
      + "\"oauthInfo\":null,\"apiMaxCrudSize\":20,\"capabilities\":[\"getByWatermark\",\"getById\",\"create\","
      + "\"update\",\"delete\"]}";

  private static final String DEAL_SCHEMA = "{\"id\":null,\"apiName\":\"deal\",\"displayName\":\"Deal\",\"pluralName\":null,\"description\":\"A sales deal.\","
      + "\"custom\":false,\"readOnly\":false,\"version\":null,\"child\":false,\"attributes\":[{\"id\":null,"
      + "\"apiName\":\"id\",\"displayName\":\"Id\",\"externalId\":null,\"entityId\":null,\"parentAttributeId\":null,"
      + "\"dataType\":\"integer\",\"length\":null,\"precision\":null,\"scale\":null,\"picklistValues\":null,"
      + "\"picklist\":null,\"referenceTo\":null,\"referenceTargetField\":null,\"referenceToPluralName\":null,"
      + "\"custom\":false,\"defaultValue\":null,\"nillable\":false,\"initializable\":true,\"updateable\":true,"
      + "\"createOnly\":false,\"calculated\":false,\"unique\":true,\"status\":\"ACTIVE\",\"isIdField\":true,"
      + "\"isWatermarkField\":false,\"isCreatedAtField\":false,\"isUpdatedAtField\":false,\"isMultiValueField\":false,"
      + "\"isSystem\":false,\"isSyncariDefined\":false,\"compositeKey\":null},{\"id\":null,\"apiName\":\"title\","
      + "\"displayName\":\"Title\",\"externalId\":null,\"entityId\":null,\"parentAttributeId\":null,"
      + "\"dataType\":\"string\",\"length\":null,\"precision\":null,\"scale\":null,\"picklistValues\":null,"
      + "\"picklist\":null,\"referenceTo\":null,\"referenceTargetField\":null,\"referenceToPluralName\":null,"
      + "\"custom\":false,\"defaultValue\":null,\"nillable\":true,\"initializable\":true,\"updateable\":true,"
      + "\"createOnly\":false,\"calculated\":false,\"unique\":false,\"status\":\"ACTIVE\",\"isIdField\":false,"
      + "\"isWatermarkField\":false,\"isCreatedAtField\":false,\"isUpdatedAtField\":false,\"isMultiValueField\":false,"
      + "\"isSystem\":false,\"isSyncariDefined\":false,\"compositeKey\":null},{\"id\":null,\"apiName\":\"value\","
      + "\"displayName\":\"Value\",\"externalId\":null,\"entityId\":null,\"parentAttributeId\":null,"
      + "\"dataType\":\"decimal\",\"length\":null,\"precision\":null,\"scale\":null,\"picklistValues\":null,"
      + "\"picklist\":null,\"referenceTo\":null,\"referenceTargetField\":null,\"referenceToPluralName\":null,"
      + "\"custom\":false,\"defaultValue\":null,\"nillable\":true,\"initializable\":true,\"updateable\":true,"
      + "\"createOnly\":false,\"calculated\":false,\"unique\":false,\"status\":\"ACTIVE\",\"isIdField\":false,"
      + "\"isWatermarkField\":false,\"isCreatedAtField\":false,\"isUpdatedAtField\":false,\"isMultiValueField\":false,"
      + "\"isSystem\":false,\"isSyncariDefined\":false,\"compositeKey\":null},{\"id\":null,\"apiName\":\"stage\","
      + "\"displayName\":\"Stage\",\"externalId\":null,\"entityId\":null,\"parentAttributeId\":null,"
      + "\"dataType\":\"picklist\",\"length\":null,\"precision\":null,\"scale\":null,\"picklistValues\":[\"LEAD\","
      + "\"QUALIFIED\",\"WON\",\"LOST\"],\"picklist\":null,\"referenceTo\":null,\"referenceTargetField\":null,"
      + "\"referenceToPluralName\":null,\"custom\":false,\"defaultValue\":null,\"nillable\":true,\"initializable\":true,"
      + "\"updateable\":true,\"createOnly\":false,\"calculated\":false,\"unique\":false,\"status\":\"ACTIVE\","
      + "\"isIdField\":false,\"isWatermarkField\":false,\"isCreatedAtField\":false,\"isUpdatedAtField\":false,"
      + "\"isMultiValueField\":false,\"isSystem\":false,\"isSyncariDefined\":false,\"compositeKey\":null},"
      + "{\"id\":null,\"apiName\":\"close_date\",\"displayName\":\"Close Date\",\"externalId\":null,\"entityId\":null,"
      + "\"parentAttributeId\":null,\"dataType\":\"date\",\"length\":null,\"precision\":null,\"scale\":null,"
      + "\"picklistValues\":null,\"picklist\":null,\"referenceTo\":null,\"referenceTargetField\":null,"
      + "\"referenceToPluralName\":null,\"custom\":false,\"defaultValue\":null,\"nillable\":true,\"initializable\":true,"
      + "\"updateable\":true,\"createOnly\":false,\"calculated\":false,\"unique\":false,\"status\":\"ACTIVE\","
      + "\"isIdField\":false,\"isWatermarkField\":false,\"isCreatedAtField\":false,\"isUpdatedAtField\":false,"
      + "\"isMultiValueField\":false,\"isSystem\":false,\"isSyncariDefined\":false,\"compositeKey\":null},"
      + "{\"id\":null,\"apiName\":\"person_id\",\"displayName\":\"Person Id\",\"externalId\":null,\"entityId\":null,"
      + "\"parentAttributeId\":null,\"dataType\":\"reference\",\"length\":null,\"precision\":null,\"scale\":null,"
      + "\"picklistValues\":null,\"picklist\":null,\"referenceTo\":\"person\",\"referenceTargetField\":null,"
      + "\"referenceToPluralName\":null,\"custom\":false,\"defaultValue\":null,\"nillable\":true,\"initializable\":true,"
      + "\"updateable\":true,\"createOnly\":false,\"calculated\":false,\"unique\":false,\"status\":\"ACTIVE\","
      + "\"isIdField\":false,\"isWatermarkField\":false,\"isCreatedAtField\":false,\"isUpdatedAtField\":false,"
      + "\"isMultiValueField\":false,\"isSystem\":false,\"isSyncariDefined\":false,\"compositeKey\":null},"
      + "{\"id\":null,\"apiName\":\"labels\",\"displayName\":\"Labels\",\"externalId\":null,\"entityId\":null,"
      + "\"parentAttributeId\":null,\"dataType\":\"string\",\"length\":null,\"precision\":null,\"scale\":null,"
      + "\"picklistValues\":null,\"picklist\":null,\"referenceTo\":null,\"referenceTargetField\":null,"
      + "\"referenceToPluralName\":null,\"custom\":false,\"defaultValue\":null,\"nillable\":true,\"initializable\":true,"
      + "\"updateable\":true,\"createOnly\":false,\"calculated\":false,\"unique\":false,\"status\":\"ACTIVE\","
      + "\"isIdField\":false,\"isWatermarkField\":false,\"isCreatedAtField\":false,\"isUpdatedAtField\":false,"
      + "\"isMultiValueField\":true,\"isSystem\":false,\"isSyncariDefined\":false,\"compositeKey\":null},"
      + "{\"id\":null,\"apiName\":\"priority\",\"displayName\":\"Priority\",\"externalId\":null,\"entityId\":null,"
      + "\"parentAttributeId\":null,\"dataType\":\"integer\",\"length\":null,\"precision\":null,\"scale\":null,"
      + "\"picklistValues\":null,\"picklist\":null,\"referenceTo\":null,\"referenceTargetField\":null,"
      + "\"referenceToPluralName\":null,\"custom\":false,\"defaultValue\":null,\"nillable\":true,\"initializable\":true,"
      + "\"updateable\":true,\"createOnly\":false,\"calculated\":false,\"unique\":false,\"status\":\"ACTIVE\","
      + "\"isIdField\":false,\"isWatermarkField\":false,\"isCreatedAtField\":false,\"isUpdatedAtField\":false,"
      + "\"isMultiValueField\":false,\"isSystem\":false,\"isSyncariDefined\":false,\"compositeKey\":null},"
      + "{\"id\":null,\"apiName\":\"probability\",\"displayName\":\"Probability\",\"externalId\":null,"
      + "\"entityId\":null,\"parentAttributeId\":null,\"dataType\":\"double\",\"length\":null,\"precision\":null,"
      + "\"scale\":null,\"picklistValues\":null,\"picklist\":null,\"referenceTo\":null,\"referenceTargetField\":null,"
      + "\"referenceToPluralName\":null,\"custom\":false,\"defaultValue\":null,\"nillable\":true,\"initializable\":true,"
      + "\"updateable\":true,\"createOnly\":false,\"calculated\":false,\"unique\":false,\"status\":\"ACTIVE\","
      + "\"isIdField\":false,\"isWatermarkField\":false,\"isCreatedAtField\":false,\"isUpdatedAtField\":false,"
      + "\"isMultiValueField\":false,\"isSystem\":false,\"isSyncariDefined\":false,\"compositeKey\":null},"
      + "{\"id\":null,\"apiName\":\"archived\",\"displayName\":\"Archived\",\"externalId\":null,\"entityId\":null,"
      + "\"parentAttributeId\":null,\"dataType\":\"boolean\",\"length\":null,\"precision\":null,\"scale\":null,"
      + "\"picklistValues\":null,\"picklist\":null,\"referenceTo\":null,\"referenceTargetField\":null,"
      + "\"referenceToPluralName\":null,\"custom\":false,\"defaultValue\":null,\"nillable\":true,\"initializable\":true,"
      + "\"updateable\":true,\"createOnly\":false,\"calculated\":false,\"unique\":false,\"status\":\"ACTIVE\","
      + "\"isIdField\":false,\"isWatermarkField\":false,\"isCreatedAtField\":false,\"isUpdatedAtField\":false,"
      + "\"isMultiValueField\":false,\"isSystem\":false,\"isSyncariDefined\":false,\"compositeKey\":null},"
      + "{\"id\":null,\"apiName\":\"updated_at\",\"displayName\":\"Updated At\",\"externalId\":null,\"entityId\":null,"
      + "\"parentAttributeId\":null,\"dataType\":\"datetime\",\"length\":null,\"precision\":null,\"scale\":null,"
      + "\"picklistValues\":null,\"picklist\":null,\"referenceTo\":null,\"referenceTargetField\":null,"
      + "\"referenceToPluralName\":null,\"custom\":false,\"defaultValue\":null,\"nillable\":true,\"initializable\":true,"
      + "\"updateable\":true,\"createOnly\":false,\"calculated\":false,\"unique\":false,\"status\":\"ACTIVE\","
      + "\"isIdField\":false,\"isWatermarkField\":true,\"isCreatedAtField\":false,\"isUpdatedAtField\":true,"
      + "\"isMultiValueField\":false,\"isSystem\":true,\"isSyncariDefined\":false,\"compositeKey\":null}]}";

  private static final String PERSON_SCHEMA = "{\"id\":null,\"apiName\":\"person\",\"displayName\":\"Person\",\"pluralName\":null,\"description\":\"A contact person.\","
      + "\"custom\":false,\"readOnly\":true,\"version\":null,\"child\":false,\"attributes\":[{\"id\":null,"
      + "\"apiName\":\"id\",\"displayName\":\"Id\",\"externalId\":null,\"entityId\":null,\"parentAttributeId\":null,"
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
      + "\"isSyncariDefined\":false,\"compositeKey\":null},{\"id\":null,\"apiName\":\"email\",\"displayName\":\"Email\","
      + "\"externalId\":null,\"entityId\":null,\"parentAttributeId\":null,\"dataType\":\"string\",\"length\":null,"
      + "\"precision\":null,\"scale\":null,\"picklistValues\":null,\"picklist\":null,\"referenceTo\":null,"
      + "\"referenceTargetField\":null,\"referenceToPluralName\":null,\"custom\":false,\"defaultValue\":null,"
      + "\"nillable\":true,\"initializable\":true,\"updateable\":true,\"createOnly\":false,\"calculated\":false,"
      + "\"unique\":true,\"status\":\"ACTIVE\",\"isIdField\":false,\"isWatermarkField\":false,\"isCreatedAtField\":false,"
      + "\"isUpdatedAtField\":false,\"isMultiValueField\":false,\"isSystem\":false,\"isSyncariDefined\":false,"
      + "\"compositeKey\":null},{\"id\":null,\"apiName\":\"modified\",\"displayName\":\"Modified\",\"externalId\":null,"
      + "\"entityId\":null,\"parentAttributeId\":null,\"dataType\":\"timestamp\",\"length\":null,\"precision\":null,"
      + "\"scale\":null,\"picklistValues\":null,\"picklist\":null,\"referenceTo\":null,\"referenceTargetField\":null,"
      + "\"referenceToPluralName\":null,\"custom\":false,\"defaultValue\":null,\"nillable\":true,\"initializable\":true,"
      + "\"updateable\":true,\"createOnly\":false,\"calculated\":false,\"unique\":false,\"status\":\"ACTIVE\","
      + "\"isIdField\":false,\"isWatermarkField\":true,\"isCreatedAtField\":false,\"isUpdatedAtField\":true,"
      + "\"isMultiValueField\":false,\"isSystem\":true,\"isSyncariDefined\":false,\"compositeKey\":null}]}";

  private static final List<EntityBinding<?>> ENTITIES = List.of(new DealBinding(), new PersonBinding());

  private static final List<String> SECRET_FIELDS = List.of("accessToken");

  @Override
  public String name() {
    return "crm_synapse";
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
      case "deal" -> DEAL_SCHEMA;
      case "person" -> PERSON_SCHEMA;
      default -> null;
    };
  }

  @Override
  public int readSkewSeconds() {
    return 120;
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
    return new CrmSynapse().test(connection);
  }

  @Override
  public List<EntitySchema> describe(Connection connection) throws Exception {
    // No @Describe method: every entity is a @Schema type, described by its generated Schema.
    return List.of();
  }

  private static final class DealBinding extends EntityBinding<Deal> {
    private static final Set<RequestType> OPERATIONS = Collections.unmodifiableSet(EnumSet.of(RequestType.READ, RequestType.GET_BY_ID, RequestType.CREATE, RequestType.UPDATE, RequestType.DELETE));

    @Override
    public String apiName() {
      return "deal";
    }

    @Override
    public Set<RequestType> operations() {
      return OPERATIONS;
    }

    @Override
    public ValueCodec<Deal> codec() {
      return DealCodec.INSTANCE;
    }

    @Override
    public String idOf(Deal record) {
      return String.valueOf(record.id());
    }

    @Override
    public Instant watermarkOf(Deal record) {
      return record.updatedAt();
    }

    @Override
    public ReadPage<Deal> read(ReadRequest request) throws Exception {
      return new CrmSynapse().readDeals(request);
    }

    @Override
    public List<Deal> getById(IdRequest request) throws Exception {
      return new CrmSynapse().dealsById(request);
    }

    @Override
    public List<WriteResult> create(WriteRequest<Deal> request) throws Exception {
      return new CrmSynapse().createDeals(request);
    }

    @Override
    public List<WriteResult> update(WriteRequest<Deal> request) throws Exception {
      return new CrmSynapse().updateDeals(request);
    }

    @Override
    public List<WriteResult> delete(IdRequest request) throws Exception {
      return new CrmSynapse().deleteDeals(request);
    }
  }

  private static final class PersonBinding extends EntityBinding<Person> {
    private static final Set<RequestType> OPERATIONS = Collections.unmodifiableSet(EnumSet.of(RequestType.READ));

    @Override
    public String apiName() {
      return "person";
    }

    @Override
    public Set<RequestType> operations() {
      return OPERATIONS;
    }

    @Override
    public ValueCodec<Person> codec() {
      return PersonCodec.INSTANCE;
    }

    @Override
    public String idOf(Person record) {
      return record.id();
    }

    @Override
    public Instant watermarkOf(Person record) {
      return Instant.ofEpochMilli(record.modified());
    }

    @Override
    public ReadPage<Person> read(ReadRequest request) throws Exception {
      return new CrmSynapse().readPersons(request);
    }
  }
}
