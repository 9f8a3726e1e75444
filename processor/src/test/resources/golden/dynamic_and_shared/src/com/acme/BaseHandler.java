package com.acme;

import dev.dovetail.runtime.DestinationHandler;
import dev.dovetail.runtime.ReadyResult;

/** Shared readiness for the acme destinations. */
public abstract class BaseHandler<T> implements DestinationHandler<T> {
  @Override public ReadyResult ready() { return ReadyResult.ok(); }
}
