package dev.dovetail.runtime.synapse.envelope;

/**
 * One record of a request's {@code data}, as far as the operation needs it.
 *
 * @param index position in {@code data}
 * @param id the end-system id ({@code id}), or {@code null}
 * @param syncariEntityId the platform's record id, echoed as a result's {@code syncariId}
 * @param value the decoded {@code values}, or {@code null} when not decoded or not decodable
 * @param problem why the record cannot be passed to the author ({@code values} missing or not fitting the entity), or
 *     {@code null}
 */
record InputRecord<T>(int index, String id, String syncariEntityId, T value, String problem) {}
