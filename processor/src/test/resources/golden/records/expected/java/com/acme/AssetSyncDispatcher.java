package com.acme;

import dev.dovetail.runtime.DestinationDispatcher;
import dev.dovetail.runtime.DestinationHandler;
import dev.dovetail.runtime.DestinationInfo;
import dev.dovetail.runtime.codec.RecordCodec;
import dev.dovetail.runtime.codec.UnknownFields;
import javax.annotation.processing.Generated;

/**
 * Runtime glue of destination {@code asset_sync} ({@link AssetSync}), listed in the service index.
 */
@Generated(
    value = "dev.dovetail.processor.DovetailProcessor",
    comments = "dispatcher of destination asset_sync"
)
public final class AssetSyncDispatcher implements DestinationDispatcher<Asset> {
  private static final DestinationInfo INFO = new DestinationInfo("asset_sync", "AssetSync",
      "Sends assets to the DAM.", "asset", null, true);

  @Override
  public DestinationInfo info() {
    return INFO;
  }

  @Override
  public DestinationHandler<Asset> newHandler() {
    return new AssetSync();
  }

  @Override
  public RecordCodec<Asset> codec(UnknownFields unknownFields) {
    return unknownFields == UnknownFields.IGNORE ? AssetCodec.INSTANCE : new AssetCodec(unknownFields);
  }
}
