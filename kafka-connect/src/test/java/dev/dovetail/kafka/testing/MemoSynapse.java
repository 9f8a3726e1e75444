package dev.dovetail.kafka.testing;

import dev.dovetail.annotations.AuthType;
import dev.dovetail.annotations.ConnectionField;
import dev.dovetail.annotations.Read;
import dev.dovetail.annotations.Synapse;
import dev.dovetail.runtime.synapse.ReadPage;
import dev.dovetail.runtime.synapse.ReadRequest;
import dev.dovetail.runtime.synapse.SynapseException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads memos from a memo service ({@code GET <endpoint>memos?since=<ms>&until=<ms>}, one memo per line:
 * {@code id|updated|text}, ascending by update time), authenticated with an API key header. Compiled by the
 * processor with the Kafka Connect adapter on the class path, so it gets a generated
 * {@code MemoSynapseSourceConnector} whose {@code connection.apiKey} is a password.
 */
@Synapse(name = "memo_service", category = "testing", authTypes = AuthType.API_KEY, readSkewSeconds = 0,
    connectionFields = {
        @ConnectionField(name = "endpoint", label = "Service URL"),
        @ConnectionField(name = "apiKey", label = "API key", secret = true)})
public class MemoSynapse {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Read(Memo.class)
  public ReadPage<Memo> memos(ReadRequest request) throws SynapseException {
    URI uri = URI.create(request.connection().field("endpoint") + "memos?since=" + request.start().toEpochMilli()
        + "&until=" + (request.end() == null ? Long.MAX_VALUE : request.end().toEpochMilli()));
    HttpResponse<String> response;
    try {
      response = HTTP.send(HttpRequest.newBuilder(uri).header("X-Api-Key", request.connection().field("apiKey"))
          .build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new SynapseException(503, "memo service unreachable: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SynapseException(503, "interrupted");
    }
    if (response.statusCode() != 200) {
      throw new SynapseException(response.statusCode(), "memo service answered: " + response.body());
    }
    List<Memo> memos = new ArrayList<>();
    for (String line : response.body().lines().toList()) {
      String[] parts = line.split("\\|", 3);
      memos.add(new Memo(parts[0], parts[2], Long.parseLong(parts[1])));
    }
    return ReadPage.last(memos);
  }
}
