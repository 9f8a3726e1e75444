package com.acme.mail;

import dev.dovetail.annotations.AuthType;
import dev.dovetail.annotations.ConnectionField;
import dev.dovetail.annotations.Create;
import dev.dovetail.annotations.Delete;
import dev.dovetail.annotations.Synapse;
import dev.dovetail.annotations.Update;
import dev.dovetail.runtime.synapse.IdRequest;
import dev.dovetail.runtime.synapse.WriteRequest;
import dev.dovetail.runtime.synapse.WriteResult;
import java.util.List;

/** Keeps the subscribers of Acme Mailing lists up to date. */
@Synapse(category = "marketing", authTypes = {AuthType.USER_PWD, AuthType.API_KEY}, apiMaxCrudSize = 50,
    connectionFields = {
        @ConnectionField(name = "endpoint", label = "API URL"),
        @ConnectionField(name = "userName", authTypes = AuthType.USER_PWD),
        @ConnectionField(name = "password", authTypes = AuthType.USER_PWD),
        @ConnectionField(name = "token", label = "API key", authTypes = AuthType.API_KEY),
        @ConnectionField(name = "listId", label = "List", secret = true)})
public class MailingSynapse {
  @Create(Subscriber.class)
  public List<WriteResult> subscribe(WriteRequest<Subscriber> request) {
    return List.of();
  }

  @Update(Subscriber.class)
  public List<WriteResult> change(WriteRequest<Subscriber> request) {
    return List.of();
  }

  @Delete(Subscriber.class)
  public List<WriteResult> unsubscribe(IdRequest request) {
    return List.of();
  }

  @Create(Tag.class)
  public List<WriteResult> createTags(WriteRequest<Tag> request) {
    return List.of();
  }
}
