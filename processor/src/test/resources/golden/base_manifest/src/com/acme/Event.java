package com.acme;

import dev.dovetail.annotations.Schema;
import dev.dovetail.annotations.SchemaField;

/**
 * An analytics event.
 *
 * @param eventId unique event id
 * @param name event name
 * @param occurredAt when it happened, epoch milliseconds
 */
@Schema
public record Event(@SchemaField(primary = true) String eventId, String name, long occurredAt) {}
