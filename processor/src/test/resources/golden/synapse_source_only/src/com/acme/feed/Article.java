package com.acme.feed;

import dev.dovetail.annotations.Attribute;
import dev.dovetail.annotations.Schema;
import dev.dovetail.annotations.SchemaField;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A published article.
 *
 * @param slug URL slug, unique in the feed
 * @param headline the title
 * @param authorId who wrote it
 * @param words length in words
 * @param publishedAt first publication
 * @param revisedAt last revision
 * @param revisions when each earlier revision was published
 * @param embargoDays days the article must not be shown
 * @param flags editorial flags, one per check
 */
@Schema
public record Article(
    @SchemaField(primary = true) String slug,
    String headline,
    @Attribute(referenceTo = Author.class) String authorId,
    int words,
    @Attribute(createdAt = true, updateable = false) Instant publishedAt,
    @Attribute(watermark = true) Instant revisedAt,
    List<Instant> revisions,
    Set<LocalDate> embargoDays,
    Boolean[] flags) {}
