package dev.dovetail.kafka;

/**
 * Stand-in for the Kafka Connect adapter's base class, with the constructor the generated connectors call: its
 * presence on the class path is what makes the processor generate them (the real class needs connect-api).
 */
public class DovetailSinkConnector {
  protected DovetailSinkConnector(String destination) {}
}
