package dev.dovetail.example;

import dev.dovetail.annotations.Schema;
import dev.dovetail.annotations.SchemaField;
import dev.dovetail.annotations.SchemaIgnore;
import java.time.Instant;
import java.util.List;

/**
 * A digital asset in the DAM: an image, a video or a document, with its file facts and where it is filed.
 *
 * <p>The processor turns this record into {@code destinations/schema/asset.yml} and a reflection-free codec,
 * {@code AssetCodec}. Field names are the components in snake_case ({@code fileSize} → {@code file_size});
 * descriptions come from the {@code @param} tags below unless an annotation sets one.
 *
 * <p>Boxed components ({@code width}, {@code height}) stay {@code null} when a record does not carry them, so
 * "absent" and "0" can be told apart; primitive ones ({@code fileSize}, {@code createdAt}) fall back to 0.
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
 * @param syncedAt When this connector last wrote the asset; local bookkeeping, not part of the OCP schema
 */
@Schema(displayName = "DAM asset")
public record Asset(
    @SchemaField(primary = true, displayName = "Asset ID") String assetId,
    String name,
    String description,
    Type type,
    List<String> tags,
    long fileSize,
    Integer width,
    Integer height,
    @SchemaField(format = SchemaField.Format.URL, displayName = "URL", description = "Public address of the original file")
        String url,
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
   * A folder of the DAM, given by its id and path.
   *
   * <p>A nested record without {@code @Schema}: the processor makes it an OCP custom type named {@code folder}.
   *
   * @param folderId Identifier of the folder in the DAM
   * @param path Slash-separated path from the DAM root
   */
  public record Folder(
      @SchemaField(displayName = "Folder ID") String folderId,
      @SchemaField(description = "Slash-separated path from the DAM root, e.g. /marketing/campaigns") String path) {}

  /** The same asset with {@code syncedAt} set: what {@link AssetTable#find} answers. */
  public Asset withSyncedAt(Instant when) {
    return new Asset(assetId, name, description, type, tags, fileSize, width, height, url, createdAt, folder, when);
  }
}
