package com.acme.feed;

import dev.dovetail.annotations.Attribute;
import dev.dovetail.annotations.Schema;
import dev.dovetail.annotations.SchemaField;
import java.time.Instant;

/**
 * A published article.
 *
 * @param slug URL slug, unique in the feed
 * @param headline the title
 * @param authorId who wrote it
 * @param words length in words
 * @param publishedAt first publication
 * @param revisedAt last revision
 */
@Schema
public record Article(
    @SchemaField(primary = true) String slug,
    String headline,
    @Attribute(referenceTo = Author.class) String authorId,
    int words,
    @Attribute(createdAt = true, updateable = false) Instant publishedAt,
    @Attribute(watermark = true) Instant revisedAt) {}
