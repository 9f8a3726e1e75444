package com.acme.feed;

import dev.dovetail.runtime.codec.ValueCodec;
import dev.dovetail.runtime.synapse.Connection;
import dev.dovetail.runtime.synapse.EntityBinding;
import dev.dovetail.runtime.synapse.EntitySchema;
import dev.dovetail.runtime.synapse.ReadPage;
import dev.dovetail.runtime.synapse.ReadRequest;
import dev.dovetail.runtime.synapse.RequestType;
import dev.dovetail.runtime.synapse.SynapseDispatcher;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * Runtime glue of synapse {@code news_feed} ({@link FeedSynapse}), listed in the service index.
 */
@Generated(
    value = "dev.dovetail.processor.DovetailProcessor",
    comments = "dispatcher of synapse news_feed"
)
public final class FeedSynapseDispatcher implements SynapseDispatcher {
  private static final String SYNAPSE_INFO = "{\"name\":\"news_feed\",\"category\":\"content\",\"metadata\":{\"displayName\":\"News Feed\",\"iconPath\":null,"
      + "\"backgroundColor\":null,\"helpUrl\":null},\"supportedAuthTypes\":[{\"authType\":\"None\",\"fields\":null,"
      + "\"label\":null}],\"configuredFields\":[{\"name\":\"feedUrl\",\"dataType\":\"string\",\"label\":\"Feed URL\","
      + "\"required\":true,\"defaultValue\":null,\"description\":\"Address of the JSON feed\"},{\"name\":\"language\","
      + "\"dataType\":\"string\",\"label\":\"Language\",\"required\":false,\"defaultValue\":\"en\",\"description\":null}],"
      + "\"disabledMessage\":null,\"oauthInfo\":null,\"apiMaxCrudSize\":20,\"capabilities\":[\"getByWatermark\"]}";

  private static final String ARTICLE_SCHEMA = "{\"id\":null,\"apiName\":\"article\",\"displayName\":\"Article\",\"pluralName\":null,\"description\":\"A published article.\","
      + "\"custom\":false,\"readOnly\":true,\"version\":null,\"child\":false,\"attributes\":[{\"id\":null,"
      + "\"apiName\":\"slug\",\"displayName\":\"Slug\",\"externalId\":null,\"entityId\":null,\"parentAttributeId\":null,"
      + "\"dataType\":\"string\",\"length\":null,\"precision\":null,\"scale\":null,\"picklistValues\":null,"
      + "\"picklist\":null,\"referenceTo\":null,\"referenceTargetField\":null,\"referenceToPluralName\":null,"
      + "\"custom\":false,\"defaultValue\":null,\"nillable\":false,\"initializable\":true,\"updateable\":true,"
      + "\"createOnly\":false,\"calculated\":false,\"unique\":true,\"status\":\"ACTIVE\",\"isIdField\":true,"
      + "\"isWatermarkField\":false,\"isCreatedAtField\":false,\"isUpdatedAtField\":false,\"isMultiValueField\":false,"
      + "\"isSystem\":false,\"isSyncariDefined\":false,\"compositeKey\":null},{\"id\":null,\"apiName\":\"headline\","
      + "\"displayName\":\"Headline\",\"externalId\":null,\"entityId\":null,\"parentAttributeId\":null,"
      + "\"dataType\":\"string\",\"length\":null,\"precision\":null,\"scale\":null,\"picklistValues\":null,"
      + "\"picklist\":null,\"referenceTo\":null,\"referenceTargetField\":null,\"referenceToPluralName\":null,"
      + "\"custom\":false,\"defaultValue\":null,\"nillable\":true,\"initializable\":true,\"updateable\":true,"
      + "\"createOnly\":false,\"calculated\":false,\"unique\":false,\"status\":\"ACTIVE\",\"isIdField\":false,"
      + "\"isWatermarkField\":false,\"isCreatedAtField\":false,\"isUpdatedAtField\":false,\"isMultiValueField\":false,"
      + "\"isSystem\":false,\"isSyncariDefined\":false,\"compositeKey\":null},{\"id\":null,\"apiName\":\"author_id\","
      + "\"displayName\":\"Author Id\",\"externalId\":null,\"entityId\":null,\"parentAttributeId\":null,"
      + "\"dataType\":\"reference\",\"length\":null,\"precision\":null,\"scale\":null,\"picklistValues\":null,"
      + "\"picklist\":null,\"referenceTo\":\"author\",\"referenceTargetField\":null,\"referenceToPluralName\":null,"
      + "\"custom\":false,\"defaultValue\":null,\"nillable\":true,\"initializable\":true,\"updateable\":true,"
      + "\"createOnly\":false,\"calculated\":false,\"unique\":false,\"status\":\"ACTIVE\",\"isIdField\":false,"
      + "\"isWatermarkField\":false,\"isCreatedAtField\":false,\"isUpdatedAtField\":false,\"isMultiValueField\":false,"
      + "\"isSystem\":false,\"isSyncariDefined\":false,\"compositeKey\":null},{\"id\":null,\"apiName\":\"words\","
      + "\"displayName\":\"Words\",\"externalId\":null,\"entityId\":null,\"parentAttributeId\":null,"
      + "\"dataType\":\"integer\",\"length\":null,\"precision\":null,\"scale\":null,\"picklistValues\":null,"
      + "\"picklist\":null,\"referenceTo\":null,\"referenceTargetField\":null,\"referenceToPluralName\":null,"
      + "\"custom\":false,\"defaultValue\":null,\"nillable\":true,\"initializable\":true,\"updateable\":true,"
      + "\"createOnly\":false,\"calculated\":false,\"unique\":false,\"status\":\"ACTIVE\",\"isIdField\":false,"
      + "\"isWatermarkField\":false,\"isCreatedAtField\":false,\"isUpdatedAtField\":false,\"isMultiValueField\":false,"
      + "\"isSystem\":false,\"isSyncariDefined\":false,\"compositeKey\":null},{\"id\":null,\"apiName\":\"published_at\","
      + "\"displayName\":\"Published At\",\"externalId\":null,\"entityId\":null,\"parentAttributeId\":null,"
      + "\"dataType\":\"datetime\",\"length\":null,\"precision\":null,\"scale\":null,\"picklistValues\":null,"
      + "\"picklist\":null,\"referenceTo\":null,\"referenceTargetField\":null,\"referenceToPluralName\":null,"
      + "\"custom\":false,\"defaultValue\":null,\"nillable\":true,\"initializable\":true,\"updateable\":false,"
      + "\"createOnly\":false,\"calculated\":false,\"unique\":false,\"status\":\"ACTIVE\",\"isIdField\":false,"
      + "\"isWatermarkField\":false,\"isCreatedAtField\":true,\"isUpdatedAtField\":false,\"isMultiValueField\":false,"
      + "\"isSystem\":false,\"isSyncariDefined\":false,\"compositeKey\":null},{\"id\":null,\"apiName\":\"revised_at\","
      + "\"displayName\":\"Revised At\",\"externalId\":null,\"entityId\":null,\"parentAttributeId\":null,"
      + "\"dataType\":\"datetime\",\"length\":null,\"precision\":null,\"scale\":null,\"picklistValues\":null,"
      + "\"picklist\":null,\"referenceTo\":null,\"referenceTargetField\":null,\"referenceToPluralName\":null,"
      + "\"custom\":false,\"defaultValue\":null,\"nillable\":true,\"initializable\":true,\"updateable\":true,"
      + "\"createOnly\":false,\"calculated\":false,\"unique\":false,\"status\":\"ACTIVE\",\"isIdField\":false,"
      + "\"isWatermarkField\":true,\"isCreatedAtField\":false,\"isUpdatedAtField\":true,\"isMultiValueField\":false,"
      + "\"isSystem\":true,\"isSyncariDefined\":false,\"compositeKey\":null},{\"id\":null,\"apiName\":\"revisions\","
      + "\"displayName\":\"Revisions\",\"externalId\":null,\"entityId\":null,\"parentAttributeId\":null,"
      + "\"dataType\":\"datetime\",\"length\":null,\"precision\":null,\"scale\":null,\"picklistValues\":null,"
      + "\"picklist\":null,\"referenceTo\":null,\"referenceTargetField\":null,\"referenceToPluralName\":null,"
      + "\"custom\":false,\"defaultValue\":null,\"nillable\":true,\"initializable\":true,\"updateable\":true,"
      + "\"createOnly\":false,\"calculated\":false,\"unique\":false,\"status\":\"ACTIVE\",\"isIdField\":false,"
      + "\"isWatermarkField\":false,\"isCreatedAtField\":false,\"isUpdatedAtField\":false,\"isMultiValueField\":true,"
      + "\"isSystem\":false,\"isSyncariDefined\":false,\"compositeKey\":null},{\"id\":null,\"apiName\":\"embargo_days\","
      + "\"displayName\":\"Embargo Days\",\"externalId\":null,\"entityId\":null,\"parentAttributeId\":null,"
      + "\"dataType\":\"date\",\"length\":null,\"precision\":null,\"scale\":null,\"picklistValues\":null,"
      + "\"picklist\":null,\"referenceTo\":null,\"referenceTargetField\":null,\"referenceToPluralName\":null,"
      + "\"custom\":false,\"defaultValue\":null,\"nillable\":true,\"initializable\":true,\"updateable\":true,"
      + "\"createOnly\":false,\"calculated\":false,\"unique\":false,\"status\":\"ACTIVE\",\"isIdField\":false,"
      + "\"isWatermarkField\":false,\"isCreatedAtField\":false,\"isUpdatedAtField\":false,\"isMultiValueField\":true,"
      + "\"isSystem\":false,\"isSyncariDefined\":false,\"compositeKey\":null},{\"id\":null,\"apiName\":\"flags\","
      + "\"displayName\":\"Flags\",\"externalId\":null,\"entityId\":null,\"parentAttributeId\":null,"
      + "\"dataType\":\"boolean\",\"length\":null,\"precision\":null,\"scale\":null,\"picklistValues\":null,"
      + "\"picklist\":null,\"referenceTo\":null,\"referenceTargetField\":null,\"referenceToPluralName\":null,"
      + "\"custom\":false,\"defaultValue\":null,\"nillable\":true,\"initializable\":true,\"updateable\":true,"
      + "\"createOnly\":false,\"calculated\":false,\"unique\":false,\"status\":\"ACTIVE\",\"isIdField\":false,"
      + "\"isWatermarkField\":false,\"isCreatedAtField\":false,\"isUpdatedAtField\":false,\"isMultiValueField\":true,"
      + "\"isSystem\":false,\"isSyncariDefined\":false,\"compositeKey\":null}]}";

  private static final String AUTHOR_SCHEMA = "{\"id\":null,\"apiName\":\"author\",\"displayName\":\"Feed Author\",\"pluralName\":null,\"description\":\"A writer of articles.\","
      + "\"custom\":false,\"readOnly\":true,\"version\":null,\"child\":false,\"attributes\":[{\"id\":null,"
      + "\"apiName\":\"id\",\"displayName\":\"Id\",\"externalId\":null,\"entityId\":null,\"parentAttributeId\":null,"
      + "\"dataType\":\"string\",\"length\":null,\"precision\":null,\"scale\":null,\"picklistValues\":null,"
      + "\"picklist\":null,\"referenceTo\":null,\"referenceTargetField\":null,\"referenceToPluralName\":null,"
      + "\"custom\":false,\"defaultValue\":null,\"nillable\":false,\"initializable\":true,\"updateable\":true,"
      + "\"createOnly\":false,\"calculated\":false,\"unique\":true,\"status\":\"ACTIVE\",\"isIdField\":true,"
      + "\"isWatermarkField\":false,\"isCreatedAtField\":false,\"isUpdatedAtField\":false,\"isMultiValueField\":false,"
      + "\"isSystem\":false,\"isSyncariDefined\":false,\"compositeKey\":null},{\"id\":null,\"apiName\":\"name\","
      + "\"displayName\":\"Name\",\"externalId\":null,\"entityId\":null,\"parentAttributeId\":null,\"dataType\":\"string\","
      + "\"length\":null,\"precision\":null,\"scale\":null,\"picklistValues\":null,\"picklist\":null,"
      + "\"referenceTo\":null,\"referenceTargetField\":null,\"referenceToPluralName\":null,\"custom\":false,"
      + "\"defaultValue\":null,\"nillable\":true,\"initializable\":true,\"updateable\":true,\"createOnly\":false,"
      + "\"calculated\":false,\"unique\":false,\"status\":\"ACTIVE\",\"isIdField\":false,\"isWatermarkField\":false,"
      + "\"isCreatedAtField\":false,\"isUpdatedAtField\":false,\"isMultiValueField\":false,\"isSystem\":false,"
      + "\"isSyncariDefined\":false,\"compositeKey\":null},{\"id\":null,\"apiName\":\"modified\",\"displayName\":\"Modified\","
      + "\"externalId\":null,\"entityId\":null,\"parentAttributeId\":null,\"dataType\":\"timestamp\","
      + "\"length\":null,\"precision\":null,\"scale\":null,\"picklistValues\":null,\"picklist\":null,"
      + "\"referenceTo\":null,\"referenceTargetField\":null,\"referenceToPluralName\":null,\"custom\":false,"
      + "\"defaultValue\":null,\"nillable\":true,\"initializable\":true,\"updateable\":true,\"createOnly\":false,"
      + "\"calculated\":false,\"unique\":false,\"status\":\"ACTIVE\",\"isIdField\":false,\"isWatermarkField\":true,"
      + "\"isCreatedAtField\":false,\"isUpdatedAtField\":true,\"isMultiValueField\":false,\"isSystem\":true,"
      + "\"isSyncariDefined\":false,\"compositeKey\":null}]}";

  private static final List<EntityBinding<?>> ENTITIES = List.of(new ArticleBinding(), new AuthorBinding());

  private static final List<String> SECRET_FIELDS = List.of();

  @Override
  public String name() {
    return "news_feed";
  }

  @Override
  public String synapseInfoJson() {
    return SYNAPSE_INFO;
  }

  @Override
  public List<EntityBinding<?>> entities() {
    return ENTITIES;
  }

  @Override
  public String schemaJson(String apiName) {
    return switch (apiName) {
      case "article" -> ARTICLE_SCHEMA;
      case "author" -> AUTHOR_SCHEMA;
      default -> null;
    };
  }

  @Override
  public int readSkewSeconds() {
    return 5;
  }

  @Override
  public int pageSize() {
    return 50;
  }

  @Override
  public int apiMaxCrudSize() {
    return 20;
  }

  @Override
  public List<String> secretFields() {
    return SECRET_FIELDS;
  }

  @Override
  public Connection test(Connection connection) throws Exception {
    // No @TestConnection method: the connection is accepted as it is.
    return connection;
  }

  @Override
  public List<EntitySchema> describe(Connection connection) throws Exception {
    // No @Describe method: every entity is a @Schema type, described by its generated Schema.
    return List.of();
  }

  private static final class ArticleBinding extends EntityBinding<Article> {
    private static final Set<RequestType> OPERATIONS = Collections.unmodifiableSet(EnumSet.of(RequestType.READ));

    @Override
    public String apiName() {
      return "article";
    }

    @Override
    public Set<RequestType> operations() {
      return OPERATIONS;
    }

    @Override
    public ValueCodec<Article> codec() {
      return ArticleCodec.INSTANCE;
    }

    @Override
    public String idOf(Article record) {
      return record.slug();
    }

    @Override
    public Instant watermarkOf(Article record) {
      return record.revisedAt();
    }

    @Override
    public Instant createdAtOf(Article record) {
      return record.publishedAt();
    }

    @Override
    public ReadPage<Article> read(ReadRequest request) throws Exception {
      return new FeedSynapse().articles(request);
    }
  }

  private static final class AuthorBinding extends EntityBinding<Author> {
    private static final Set<RequestType> OPERATIONS = Collections.unmodifiableSet(EnumSet.of(RequestType.READ));

    @Override
    public String apiName() {
      return "author";
    }

    @Override
    public Set<RequestType> operations() {
      return OPERATIONS;
    }

    @Override
    public ValueCodec<Author> codec() {
      return AuthorCodec.INSTANCE;
    }

    @Override
    public String idOf(Author record) {
      return record.id();
    }

    @Override
    public Instant watermarkOf(Author record) {
      return Instant.ofEpochMilli(record.modified());
    }

    @Override
    public ReadPage<Author> read(ReadRequest request) throws Exception {
      return new FeedSynapse().authors(request);
    }
  }
}
