package dev.dovetail.runtime;

/** What a {@link DestinationSchemaFunction} is told: the destination key under {@code destinations:}. */
public record SchemaFunctionConfig(String destinationKey) {}
