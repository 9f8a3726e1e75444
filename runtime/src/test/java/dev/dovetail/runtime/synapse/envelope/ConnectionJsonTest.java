package dev.dovetail.runtime.synapse.envelope;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dovetail.runtime.synapse.Connection;
import dev.dovetail.runtime.testing.synapse.TestCrmSynapseDispatcher;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConnectionJsonTest {

  @Test
  void readsLenientlyAndWritesEveryFieldBack() throws Exception {
    Connection connection = ConnectionJson.parse("{\"name\": \"c\", \"authConfig\": {\"endpoint\": \"https://x/\","
        + " \"expiresIn\": 3600, \"lastRefreshed\": \"2024-01-01T00:00:00\", \"unknownAuthKey\": 1,"
        + " \"additionalHeaders\": {\"h\": \"v\", \"gone\": null}}, \"metaConfig\": {\"n\": 5, \"o\": {\"a\": true}},"
        + " \"endpoint\": \"https://x/\", \"idFieldName\": \"id\"}");
    assertThat(connection.authConfig().expiresIn()).isEqualTo("3600");
    assertThat(connection.authConfig().lastRefreshed()).isEqualTo("2024-01-01T00:00:00");
    assertThat(connection.authConfig().additionalHeaders()).containsExactly("h", "v");
    assertThat(connection.metaConfig()).containsExactly("n", "5", "o", "{\"a\": true}");
    assertThat(connection.extra()).containsExactly("endpoint", "\"https://x/\"");
    assertThat(connection.field("h")).isEqualTo("v");

    assertThat(ConnectionJson.toJson(connection)).isEqualTo("{\"name\": \"c\", \"authConfig\": {\"endpoint\":"
        + " \"https://x/\", \"userName\": null, \"password\": null, \"clientId\": null, \"clientSecret\": null,"
        + " \"redirectUri\": null, \"token\": null, \"accessToken\": null, \"refreshToken\": null, \"expiresIn\":"
        + " \"3600\", \"lastRefreshed\": \"2024-01-01T00:00:00\", \"additionalHeaders\": {\"h\": \"v\"}},"
        + " \"idFieldName\": \"id\", \"watermarkFieldName\": null, \"createdAtFieldName\": null,"
        + " \"updatedAtFieldName\": null, \"oAuthRedirectUrl\": null, \"metaConfig\": {\"n\": \"5\", \"o\":"
        + " \"{\\\"a\\\": true}\"}, \"endpoint\": \"https://x/\"}");
  }

  @Test
  void problemsNameTheFieldNotTheValue() {
    ConnectionJson.InvalidConnectionException e = assertThrows(ConnectionJson.InvalidConnectionException.class,
        () -> ConnectionJson.parse("{\"authConfig\": {\"password\": [\"hunter2\"]}}"));
    assertThat(e.getMessage()).isEqualTo("connection.authConfig.password must be a string, not an array");
    assertThat(assertThrows(ConnectionJson.InvalidConnectionException.class, () -> ConnectionJson.parse("{\"a\": sk_1}"))
        .getMessage()).isEqualTo("malformed JSON at line 1, column 11");
    assertThat(assertThrows(ConnectionJson.InvalidConnectionException.class, () -> ConnectionJson.parse("[]"))
        .getMessage()).isEqualTo("connection must be a JSON object");
  }

  @Test
  void fieldsGoWhereThePlatformPutsThem() {
    Connection connection = ConnectionFields.connection(new TestCrmSynapseDispatcher(),
        Map.of("endpoint", "https://crm/", "token", "t", "apiSecret", "s", "region", "us"));
    assertThat(connection.name()).isEqualTo("test_crm");
    assertThat(connection.authConfig().endpoint()).isEqualTo("https://crm/");
    assertThat(connection.authConfig().token()).isEqualTo("t");
    assertThat(connection.authConfig().additionalHeaders()).containsExactly("apiSecret", "s");
    assertThat(connection.metaConfig()).containsExactly("region", "us");
  }

  @Test
  void toStringKeepsSecretsOut() {
    Connection connection = ConnectionFields.connection(new TestCrmSynapseDispatcher(), Map.of("token", "t0k3n"));
    assertThat(connection.toString()).doesNotContain("t0k3n");
  }
}
