package dev.dovetail.runtime.codec;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dovetail.runtime.DeliverResult;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Spec §6 retry-flag decision and §7 case 38. */
class DeliverResultsTest {

  @Test
  void successAlone() throws IOException {
    assertThat(DeliverResults.fromJson("{\"success\":true}")).isEqualTo(DeliverResult.ok());
  }

  @Test
  void absentFlagIsFalse() throws IOException {
    assertThat(DeliverResults.fromJson("{\"success\":false}")).isEqualTo(new DeliverResult(false, false, null));
  }

  @Test
  void sdkSpellingRetryable() throws IOException {
    assertThat(DeliverResults.fromJson("{\"success\":false,\"retryable\":true,\"failureReason\":\"busy\"}"))
        .isEqualTo(DeliverResult.retry("busy"));
  }

  @Test
  void case38_docsSpellingRetriableIsRead() throws IOException {
    assertThat(DeliverResults.fromJson("{\"success\":false,\"retriable\":true}").retryable()).isTrue();
  }

  @Test
  void case38_retryableWinsOverRetriableInEitherOrder() throws IOException {
    assertThat(DeliverResults.fromJson("{\"success\":false,\"retryable\":false,\"retriable\":true}").retryable()).isFalse();
    assertThat(DeliverResults.fromJson("{\"retriable\":true,\"success\":false,\"retryable\":false}").retryable()).isFalse();
    assertThat(DeliverResults.fromJson("{\"retriable\":false,\"success\":false,\"retryable\":true}").retryable()).isTrue();
  }

  @Test
  void unknownKeysAndStringBooleansAreTolerated() throws IOException {
    DeliverResult result = DeliverResults.fromJson("{\"success\":\"false\",\"retryable\":\"true\",\"extra\":{\"a\":[1]}}");
    assertThat(result).isEqualTo(new DeliverResult(false, true, null));
  }

  @Test
  void writesTheSdkSpelling() {
    assertThat(DeliverResults.toJson(DeliverResult.retry("busy")))
        .isEqualTo("{\"success\":false,\"retryable\":true,\"failureReason\":\"busy\"}");
    assertThat(DeliverResults.toJson(DeliverResult.ok())).isEqualTo("{\"success\":true}");
  }

  @Test
  void notAnObjectIsAnError() {
    RecordDecodeException e = assertThrows(RecordDecodeException.class, () -> DeliverResults.fromJson("[true]"));
    assertThat(e).hasMessageThat().contains("expected a JSON object for a deliver result");
  }
}
