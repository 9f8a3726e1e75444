package dev.dovetail.runtime;

/** The data sync a batch belongs to; use it in logs and idempotency keys. */
public record DataSync(String id, String name) {}
