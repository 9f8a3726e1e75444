package dev.dovetail.bench.model;

import dev.dovetail.annotations.Schema;
import dev.dovetail.annotations.SchemaField;
import dev.dovetail.annotations.SchemaIgnore;
import java.time.Instant;
import java.util.List;

/**
 * A DAM asset for the benchmarks: field for field the example's {@code Asset}, so the same JSON lines decode into
 * either.
 *
 * @param assetId Identifier of the asset in the DAM
 * @param name File name shown to users
 * @param description Free-text description of what the asset shows
 * @param type Kind of asset
 * @param tags Free-form labels used for search
 * @param fileSize Size of the original file in bytes
 * @param width Width in pixels, for images and videos
 * @param height Height in pixels, for images and videos
 * @param url Public address of the original file
 * @param createdAt When the asset was uploaded, in milliseconds since the Unix epoch
 * @param folder The folder the asset is filed in
 * @param syncedAt Local bookkeeping, not part of the schema
 */
@Schema(displayName = "Benchmark asset")
public record BenchAsset(
    @SchemaField(primary = true, displayName = "Asset ID") String assetId,
    String name,
    String description,
    Type type,
    List<String> tags,
    long fileSize,
    Integer width,
    Integer height,
    @SchemaField(format = SchemaField.Format.URL, displayName = "URL") String url,
    @SchemaField(displayName = "Created at") long createdAt,
    Folder folder,
    @SchemaIgnore Instant syncedAt) {

  /** What kind of file an asset is. */
  public enum Type {
    IMAGE,
    VIDEO,
    DOCUMENT
  }

  /**
   * A folder of the DAM.
   *
   * @param folderId Identifier of the folder in the DAM
   * @param path Slash-separated path from the DAM root
   */
  public record Folder(@SchemaField(displayName = "Folder ID") String folderId, String path) {}
}
