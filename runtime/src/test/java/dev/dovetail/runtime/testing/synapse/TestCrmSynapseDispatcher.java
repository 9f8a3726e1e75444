package dev.dovetail.runtime.testing.synapse;

import dev.dovetail.runtime.codec.ValueCodec;
import dev.dovetail.runtime.synapse.Connection;
import dev.dovetail.runtime.synapse.EntityBinding;
import dev.dovetail.runtime.synapse.IdRequest;
import dev.dovetail.runtime.synapse.ReadPage;
import dev.dovetail.runtime.synapse.ReadRequest;
import dev.dovetail.runtime.synapse.RequestType;
import dev.dovetail.runtime.synapse.SynapseDispatcher;
import dev.dovetail.runtime.synapse.WriteRequest;
import dev.dovetail.runtime.synapse.WriteResult;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Mimics the generated {@code TestCrmSynapseDispatcher}: constants for the JSON, an anonymous binding per entity. */
public final class TestCrmSynapseDispatcher implements SynapseDispatcher {
  public static final String NAME = "test_crm";

  public static final String SYNAPSE_INFO = "{\"name\": \"test_crm\", \"category\": \"crm\", \"metadata\":"
      + " {\"displayName\": \"Test CRM\", \"iconPath\": null, \"backgroundColor\": null, \"helpUrl\": null},"
      + " \"supportedAuthTypes\": [{\"authType\": \"ApiKey\", \"fields\": [{\"name\": \"endpoint\", \"dataType\":"
      + " \"string\", \"label\": \"Endpoint\", \"required\": true, \"defaultValue\": null, \"description\": null},"
      + " {\"name\": \"token\", \"dataType\": \"string\", \"label\": \"Token\", \"required\": true, \"defaultValue\":"
      + " null, \"description\": null}, {\"name\": \"apiSecret\", \"dataType\": \"string\", \"label\": \"API secret\","
      + " \"required\": false, \"defaultValue\": null, \"description\": null}], \"label\": null}],"
      + " \"configuredFields\": [{\"name\": \"region\", \"dataType\": \"string\", \"label\": \"Region\", \"required\":"
      + " false, \"defaultValue\": \"eu\", \"description\": null}], \"disabledMessage\": null, \"oauthInfo\": null,"
      + " \"apiMaxCrudSize\": 20, \"capabilities\": [\"create\", \"update\", \"delete\", \"getById\","
      + " \"getByWatermark\"]}";

  public static final String DEAL_SCHEMA = "{\"id\": null, \"apiName\": \"deal\", \"displayName\": \"Deal\","
      + " \"pluralName\": \"Deals\", \"description\": \"A deal\", \"custom\": false, \"readOnly\": false, \"version\":"
      + " null, \"child\": false, \"attributes\": [{\"apiName\": \"id\", \"displayName\": \"ID\", \"dataType\":"
      + " \"string\", \"isIdField\": true}, {\"apiName\": \"title\", \"displayName\": \"Title\", \"dataType\":"
      + " \"string\"}, {\"apiName\": \"amount\", \"displayName\": \"Amount\", \"dataType\": \"decimal\"},"
      + " {\"apiName\": \"updatedAt\", \"displayName\": \"Updated at\", \"dataType\": \"timestamp\","
      + " \"isWatermarkField\": true, \"isUpdatedAtField\": true}]}";

  private final int readSkewSeconds;

  /** As the service loader creates it: no read skew. */
  public TestCrmSynapseDispatcher() {
    this(0);
  }

  public TestCrmSynapseDispatcher(int readSkewSeconds) {
    this.readSkewSeconds = readSkewSeconds;
  }

  private static final EntityBinding<Deal> DEAL = new EntityBinding<>() {
    private final Set<RequestType> operations = EnumSet.of(RequestType.READ, RequestType.GET_BY_ID,
        RequestType.CREATE, RequestType.UPDATE, RequestType.DELETE);

    @Override
    public String apiName() {
      return "deal";
    }

    @Override
    public Set<RequestType> operations() {
      return operations;
    }

    @Override
    public ValueCodec<Deal> codec() {
      return DealCodec.INSTANCE;
    }

    @Override
    public String idOf(Deal record) {
      return record.id();
    }

    @Override
    public Instant watermarkOf(Deal record) {
      return record.updatedAt();
    }

    @Override
    public ReadPage<Deal> read(ReadRequest request) throws Exception {
      return new TestCrmSynapse().readDeals(request);
    }

    @Override
    public List<Deal> getById(IdRequest request) throws Exception {
      return new TestCrmSynapse().dealsById(request);
    }

    @Override
    public List<WriteResult> create(WriteRequest<Deal> request) throws Exception {
      return new TestCrmSynapse().createDeals(request);
    }

    @Override
    public List<WriteResult> update(WriteRequest<Deal> request) throws Exception {
      return new TestCrmSynapse().updateDeals(request);
    }

    @Override
    public List<WriteResult> delete(IdRequest request) throws Exception {
      return new TestCrmSynapse().deleteDeals(request);
    }
  };

  private static final List<EntityBinding<?>> ENTITIES = List.of(DEAL);

  @Override
  public String name() {
    return NAME;
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
    return apiName.equals("deal") ? DEAL_SCHEMA : null;
  }

  @Override
  public int readSkewSeconds() {
    return readSkewSeconds;
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
    return List.of("apiSecret");
  }

  @Override
  public Connection test(Connection connection) throws Exception {
    return new TestCrmSynapse().test(connection);
  }
}
