package com.acme;

/**
 * One rendition of an asset.
 *
 * @param size the size label, e.g. {@code thumbnail}
 * @param width width in pixels
 * @param height height in pixels
 * @param folder where the rendition is filed
 */
public record Rendition(String size, Integer width, Integer height, Asset.Folder folder) {}
