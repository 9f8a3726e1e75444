package com.acme.feed;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.dovetail.runtime.BatchItem;
import dev.dovetail.runtime.PrimaryKey;
import dev.dovetail.runtime.codec.ElementReaders;
import dev.dovetail.runtime.codec.JsonReaders;
import dev.dovetail.runtime.codec.JsonWriters;
import dev.dovetail.runtime.codec.RecordCodec;
import dev.dovetail.runtime.codec.UnknownFields;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * JSON codec of {@link Article}, generated from its annotations.
 */
@Generated(
    value = "dev.dovetail.processor.DovetailProcessor",
    comments = "codec of schema article"
)
public final class ArticleCodec implements RecordCodec<Article> {
  /**
   * Shared instance; unknown fields are ignored.
   */
  public static final ArticleCodec INSTANCE = new ArticleCodec(UnknownFields.IGNORE);

  private static final List<String> PRIMARY_KEY = List.of("slug");

  private static final SerializableString SLUG_NAME = new SerializedString("slug");

  private static final SerializableString HEADLINE_NAME = new SerializedString("headline");

  private static final SerializableString AUTHOR_ID_NAME = new SerializedString("author_id");

  private static final SerializableString WORDS_NAME = new SerializedString("words");

  private static final SerializableString PUBLISHED_AT_NAME = new SerializedString("published_at");

  private static final SerializableString REVISED_AT_NAME = new SerializedString("revised_at");

  private static final SerializableString REVISIONS_NAME = new SerializedString("revisions");

  private static final SerializableString EMBARGO_DAYS_NAME = new SerializedString("embargo_days");

  private static final SerializableString FLAGS_NAME = new SerializedString("flags");

  private final UnknownFields unknownFields;

  /**
   * A codec that applies {@code unknownFields} to fields the schema does not declare.
   */
  public ArticleCodec(UnknownFields unknownFields) {
    this.unknownFields = unknownFields;
  }

  @Override
  public String schemaName() {
    return "article";
  }

  @Override
  public List<String> primaryKey() {
    return PRIMARY_KEY;
  }

  @Override
  public BatchItem<Article> decodeItem(JsonParser parser) throws IOException {
    JsonReaders.expectObject(parser, "article");
    String slug = null;
    String headline = null;
    String authorId = null;
    int words = 0;
    Instant publishedAt = null;
    Instant revisedAt = null;
    List<Instant> revisions = null;
    Set<LocalDate> embargoDays = null;
    Boolean[] flags = null;
    boolean deleted = false;
    for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
      String text = parser.nextToken() == JsonToken.VALUE_STRING ? parser.getText() : null;
      switch (field) {
        case "slug" -> slug = text != null ? text : JsonReaders.readString(parser, "slug");
        case "headline" -> headline = text != null ? text : JsonReaders.readString(parser, "headline");
        case "author_id" -> authorId = text != null ? text : JsonReaders.readString(parser, "author_id");
        case "words" -> words = JsonReaders.readInt(parser, "words");
        case "published_at" -> publishedAt = JsonReaders.readInstant(parser, "published_at");
        case "revised_at" -> revisedAt = JsonReaders.readInstant(parser, "revised_at");
        case "revisions" -> revisions = JsonReaders.readList(parser, "revisions", ElementReaders.INSTANT);
        case "embargo_days" -> embargoDays = JsonReaders.readSet(parser, "embargo_days", ElementReaders.LOCAL_DATE);
        case "flags" -> flags = JsonReaders.readArray(parser, "flags", ElementReaders.BOOLEAN, new Boolean[0]);
        case "_isDeleted" -> deleted = JsonReaders.readBoolean(parser, "_isDeleted");
        default -> JsonReaders.unknownField(parser, field, unknownFields);
      }
    }
    if (deleted) {
      return BatchItem.delete(new PrimaryKey(PRIMARY_KEY, JsonReaders.requireKey(slug, "slug")));
    }
    JsonReaders.requireKey(slug, "slug");
    Article record = new Article(slug, headline, authorId, words, publishedAt, revisedAt, revisions, embargoDays, flags);
    return BatchItem.upsert(record);
  }

  @Override
  public Article decode(JsonParser parser) throws IOException {
    JsonReaders.expectObject(parser, "article");
    String slug = null;
    String headline = null;
    String authorId = null;
    int words = 0;
    Instant publishedAt = null;
    Instant revisedAt = null;
    List<Instant> revisions = null;
    Set<LocalDate> embargoDays = null;
    Boolean[] flags = null;
    for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
      String text = parser.nextToken() == JsonToken.VALUE_STRING ? parser.getText() : null;
      switch (field) {
        case "slug" -> slug = text != null ? text : JsonReaders.readString(parser, "slug");
        case "headline" -> headline = text != null ? text : JsonReaders.readString(parser, "headline");
        case "author_id" -> authorId = text != null ? text : JsonReaders.readString(parser, "author_id");
        case "words" -> words = JsonReaders.readInt(parser, "words");
        case "published_at" -> publishedAt = JsonReaders.readInstant(parser, "published_at");
        case "revised_at" -> revisedAt = JsonReaders.readInstant(parser, "revised_at");
        case "revisions" -> revisions = JsonReaders.readList(parser, "revisions", ElementReaders.INSTANT);
        case "embargo_days" -> embargoDays = JsonReaders.readSet(parser, "embargo_days", ElementReaders.LOCAL_DATE);
        case "flags" -> flags = JsonReaders.readArray(parser, "flags", ElementReaders.BOOLEAN, new Boolean[0]);
        default -> JsonReaders.unknownField(parser, field, unknownFields);
      }
    }
    Article record = new Article(slug, headline, authorId, words, publishedAt, revisedAt, revisions, embargoDays, flags);
    return record;
  }

  @Override
  public PrimaryKey keyOf(Article value) {
    return new PrimaryKey(PRIMARY_KEY, value.slug());
  }

  @Override
  public void encode(Article value, JsonGenerator generator) throws IOException {
    generator.writeStartObject();
    if (value.slug() != null) {
      generator.writeFieldName(SLUG_NAME);
      generator.writeString(value.slug());
    }
    if (value.headline() != null) {
      generator.writeFieldName(HEADLINE_NAME);
      generator.writeString(value.headline());
    }
    if (value.authorId() != null) {
      generator.writeFieldName(AUTHOR_ID_NAME);
      generator.writeString(value.authorId());
    }
    generator.writeFieldName(WORDS_NAME);
    generator.writeNumber(value.words());
    if (value.publishedAt() != null) {
      generator.writeFieldName(PUBLISHED_AT_NAME);
      JsonWriters.writeInstant(value.publishedAt(), generator);
    }
    if (value.revisedAt() != null) {
      generator.writeFieldName(REVISED_AT_NAME);
      JsonWriters.writeInstant(value.revisedAt(), generator);
    }
    if (value.revisions() != null) {
      generator.writeFieldName(REVISIONS_NAME);
      generator.writeStartArray();
      for (Instant element : value.revisions()) {
        if (element == null) {
          generator.writeNull();
        } else {
          JsonWriters.writeInstant(element, generator);
        }
      }
      generator.writeEndArray();
    }
    if (value.embargoDays() != null) {
      generator.writeFieldName(EMBARGO_DAYS_NAME);
      generator.writeStartArray();
      for (LocalDate element : value.embargoDays()) {
        if (element == null) {
          generator.writeNull();
        } else {
          generator.writeString(element.toString());
        }
      }
      generator.writeEndArray();
    }
    if (value.flags() != null) {
      generator.writeFieldName(FLAGS_NAME);
      generator.writeStartArray();
      for (Boolean element : value.flags()) {
        if (element == null) {
          generator.writeNull();
        } else {
          generator.writeBoolean(element);
        }
      }
      generator.writeEndArray();
    }
    generator.writeEndObject();
  }
}
