package dev.dovetail.runtime.testing.synapse;

import dev.dovetail.runtime.synapse.Connection;
import dev.dovetail.runtime.synapse.EntityBinding;
import dev.dovetail.runtime.synapse.EntitySchema;
import dev.dovetail.runtime.synapse.SynapseDispatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link TestCrmSynapseDispatcher} (static entity {@code deal}) with a {@code @Describe} method that answers what the
 * test gives it, as a generated dispatcher calls the author's method. Records the connections it was called with.
 */
public final class DescribingSynapseDispatcher implements SynapseDispatcher {

  /** The author's {@code @Describe} method. */
  @FunctionalInterface
  public interface Describer {
    List<EntitySchema> describe(Connection connection) throws Exception;
  }

  private final SynapseDispatcher base = new TestCrmSynapseDispatcher();
  private final Describer describer;
  private final List<Connection> calls = new ArrayList<>();

  public DescribingSynapseDispatcher(Describer describer) {
    this.describer = describer;
  }

  /** The connections {@link #describe} was called with, in order. */
  public List<Connection> calls() {
    return calls;
  }

  @Override
  public List<EntitySchema> describe(Connection connection) throws Exception {
    calls.add(connection);
    return describer.describe(connection);
  }

  @Override
  public String name() {
    return base.name();
  }

  @Override
  public String synapseInfoJson() {
    return base.synapseInfoJson();
  }

  @Override
  public List<EntityBinding<?>> entities() {
    return base.entities();
  }

  @Override
  public String schemaJson(String apiName) {
    return base.schemaJson(apiName);
  }

  @Override
  public int readSkewSeconds() {
    return base.readSkewSeconds();
  }

  @Override
  public int pageSize() {
    return base.pageSize();
  }

  @Override
  public List<String> secretFields() {
    return base.secretFields();
  }

  @Override
  public Connection test(Connection connection) throws Exception {
    return base.test(connection);
  }
}
