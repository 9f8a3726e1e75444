package com.acme.feed;

import dev.dovetail.annotations.AuthType;
import dev.dovetail.annotations.ConnectionField;
import dev.dovetail.annotations.Read;
import dev.dovetail.annotations.Synapse;
import dev.dovetail.runtime.synapse.ReadPage;
import dev.dovetail.runtime.synapse.ReadRequest;
import java.util.List;

/**
 * Reads articles and authors from a public news feed. Needs no credentials, only the feed's address.
 */
@Synapse(name = "news_feed", displayName = "News Feed", category = "content", authTypes = AuthType.NONE,
    pageSize = 50, readSkewSeconds = 5,
    connectionFields = {
        @ConnectionField(name = "feedUrl", label = "Feed URL", description = "Address of the JSON feed"),
        @ConnectionField(name = "language", required = false, defaultValue = "en")})
public class FeedSynapse {
  @Read(Article.class)
  public ReadPage<Article> articles(ReadRequest request) {
    return ReadPage.last(List.of());
  }

  @Read(Author.class)
  ReadPage<Author> authors(ReadRequest request) throws java.io.IOException {
    return ReadPage.last(List.of());
  }
}
