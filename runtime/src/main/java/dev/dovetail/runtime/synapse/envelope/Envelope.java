package dev.dovetail.runtime.synapse.envelope;

import dev.dovetail.runtime.synapse.Connection;
import dev.dovetail.runtime.synapse.RequestType;

/**
 * A parsed request envelope. The body stays JSON text: what it holds depends on the type, and its records can only be
 * decoded once the entity is known.
 *
 * @param connection {@code null} only for a type that does not use it
 * @param body the body object's JSON text, or {@code null} when absent
 * @param scan the body's other fields, read in the same pass ({@link BodyScan#EMPTY} when absent)
 */
record Envelope(RequestType type, Connection connection, String body, BodyScan scan, String host, String syncariId,
    String requestId) {}
