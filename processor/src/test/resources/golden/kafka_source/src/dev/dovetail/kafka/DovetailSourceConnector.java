package dev.dovetail.kafka;

import org.apache.kafka.common.config.ConfigDef;

/**
 * Stand-in for the Kafka Connect adapter's source base class, with the constructor the generated connectors call:
 * its presence on the class path is what makes the processor generate them (the real class needs connect-api; the
 * generated ConfigDef compiles against the real kafka-clients).
 */
public class DovetailSourceConnector {
  protected DovetailSourceConnector(String synapse, ConfigDef connectionFields) {}
}
