package dev.dovetail.runtime;

import static com.google.common.truth.Truth.assertThat;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SettingsTest {

  @AfterEach
  void clear() {
    Settings.install(Map.of());
  }

  @Test
  void aScopeWinsOnItsThreadOnlyAndClosingRestoresTheOneBefore() throws Exception {
    Settings.install(Map.of("sqlite.path", "installed.db", "other", "x"));
    try (Settings.Scope outer = Settings.scope(Map.of("sqlite.path", "outer.db"))) {
      assertThat(Settings.get("sqlite.path")).hasValue("outer.db");
      assertThat(Settings.get("other")).hasValue("x"); // not in the scope: the installed value
      try (Settings.Scope inner = Settings.scope(Map.of("sqlite.path", "inner.db"))) {
        assertThat(Settings.get("sqlite.path")).hasValue("inner.db");
        assertThat(CompletableFuture.supplyAsync(() -> Settings.get("sqlite.path").orElseThrow()).get())
            .isEqualTo("installed.db");
      }
      assertThat(Settings.get("sqlite.path")).hasValue("outer.db");
    }
    assertThat(Settings.get("sqlite.path")).hasValue("installed.db");
  }
}
