package dev.dovetail.runtime.testing.synapse;

import dev.dovetail.runtime.codec.ValueCodec;
import dev.dovetail.runtime.synapse.Connection;
import dev.dovetail.runtime.synapse.EntityBinding;
import dev.dovetail.runtime.synapse.ReadPage;
import dev.dovetail.runtime.synapse.ReadRequest;
import dev.dovetail.runtime.synapse.RequestType;
import dev.dovetail.runtime.synapse.SynapseDispatcher;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Mimics a generated dispatcher of a source-only synapse: deals can only be read (and described); there is no
 * {@code @TestConnection} method, so TEST returns the connection unchanged.
 */
public final class SourceOnlySynapseDispatcher implements SynapseDispatcher {
  public static final String NAME = "test_source";

  private static final EntityBinding<Deal> DEAL = new EntityBinding<>() {
    @Override
    public String apiName() {
      return "deal";
    }

    @Override
    public Set<RequestType> operations() {
      return Set.of(RequestType.READ);
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
  };

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String synapseInfoJson() {
    return "{\"name\": \"test_source\", \"category\": \"custom\", \"metadata\": {\"displayName\": \"Test source\"},"
        + " \"supportedAuthTypes\": [{\"authType\": \"None\", \"fields\": null, \"label\": null}]}";
  }

  @Override
  public List<EntityBinding<?>> entities() {
    return List.of(DEAL);
  }

  @Override
  public String schemaJson(String apiName) {
    return apiName.equals("deal") ? TestCrmSynapseDispatcher.DEAL_SCHEMA : null;
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
  public List<String> secretFields() {
    return List.of();
  }

  @Override
  public Connection test(Connection connection) {
    return connection;
  }
}
