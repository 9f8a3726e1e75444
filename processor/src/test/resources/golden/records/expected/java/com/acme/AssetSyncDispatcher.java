package com.acme;

import dev.dovetail.runtime.DestinationDispatcher;
import dev.dovetail.runtime.DestinationHandler;
import dev.dovetail.runtime.DestinationInfo;
import dev.dovetail.runtime.SchemaDefinition;
import dev.dovetail.runtime.codec.RecordCodec;
import dev.dovetail.runtime.codec.UnknownFields;
import java.util.List;
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

  /**
   * The content of {@code destinations/schema/asset.yml}.
   */
  private static final SchemaDefinition SCHEMA = new SchemaDefinition("asset", "DAM asset",
      "An asset in the DAM: an image, video or document.",
      List.of(
          SchemaDefinition.Field.primary("asset_id", "Asset ID", "identifier in the DAM", "string"),
          SchemaDefinition.Field.of("name", "Name", "the file name shown to users", "string"),
          SchemaDefinition.Field.of("type", "Type",
              "what kind of asset. One of: IMAGE, VIDEO, DOCUMENT.", "string")
              .withAllowedValues("IMAGE", "VIDEO", "DOCUMENT"),
          SchemaDefinition.Field.of("tags", "Tags", "free-form labels", "[string]"),
          SchemaDefinition.Field.of("file_size", "File Size", "size in bytes", "long"),
          SchemaDefinition.Field.of("folder", "Folder", "where it is filed", "folder"),
          SchemaDefinition.Field.of("versions", "Versions", "Version numbers, oldest first",
              "[int]"),
          SchemaDefinition.Field.of("related", "Related", "ids of related assets", "[long]"),
          SchemaDefinition.Field.of("renditions", "Renditions",
              "the renditions that exist, as Rendition values", "[rendition]"),
          new SchemaDefinition.Field("url", "Url", "Where to download it", "string", false, "url")),
      List.of(
          new SchemaDefinition.CustomType("folder", "Folder", "A folder reference.",
              List.of(
                  SchemaDefinition.Field.of("folder_id", "Folder Id", "folder key", "long"),
                  SchemaDefinition.Field.of("path", "Path", "where the folder is", "string"))),
          new SchemaDefinition.CustomType("rendition", "Rendition", "One rendition of an asset.",
              List.of(
                  SchemaDefinition.Field.of("size", "Size", "the size label, e.g. thumbnail",
                      "string"),
                  SchemaDefinition.Field.of("width", "Width", "width in pixels", "int"),
                  SchemaDefinition.Field.of("height", "Height", "height in pixels", "int"),
                  SchemaDefinition.Field.of("folder", "Folder", "where the rendition is filed",
                      "folder")))));

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

  @Override
  public SchemaDefinition schema() {
    return SCHEMA;
  }
}
