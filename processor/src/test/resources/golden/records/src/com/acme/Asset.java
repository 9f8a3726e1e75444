package com.acme;

import dev.dovetail.annotations.Schema;
import dev.dovetail.annotations.SchemaField;
import dev.dovetail.annotations.SchemaIgnore;
import java.util.List;
import java.util.Set;

/**
 * An asset in the DAM: an image, video or document.
 *
 * @param assetId identifier in the DAM
 * @param name the file name shown to users
 * @param type what kind of asset
 * @param tags free-form labels
 * @param fileSize size in bytes
 * @param folder where it is filed
 * @param related ids of related assets
 * @param renditions the renditions that exist, as {@code Rendition} values
 * @param localCacheKey not part of the schema
 */
@Schema(displayName = "DAM asset")
public record Asset(
    @SchemaField(primary = true, displayName = "Asset ID") String assetId,
    String name,
    AssetType type,
    List<String> tags,
    long fileSize,
    Folder folder,
    @SchemaField(name = "versions", description = "Version numbers, oldest first") int[] versionNumbers,
    Set<Long> related,
    List<Rendition> renditions,
    @SchemaField(format = SchemaField.Format.URL, description = "Where to download it") String url,
    @SchemaIgnore String localCacheKey) {

  /** Kinds of assets. */
  public enum AssetType { IMAGE, VIDEO, DOCUMENT }

  /**
   * A folder reference.
   *
   * @param folderId folder key
   * @param path where the folder is
   */
  public record Folder(long folderId, String path) {}
}
