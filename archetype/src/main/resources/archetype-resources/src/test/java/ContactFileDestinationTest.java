package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.runtime.Batch;
import dev.dovetail.runtime.BatchItem;
import dev.dovetail.runtime.DeliverResult;
import dev.dovetail.runtime.PrimaryKey;
import dev.dovetail.runtime.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The destination's own behaviour: what a batch leaves in the folder. */
class ContactFileDestinationTest {
  @TempDir Path dir;

  @Test
  void upsertsReplaceTheContactsFileAndDeletesRemoveIt() throws Exception {
    ContactRow ada = new ContactRow("c/1", "ada@example.com", "Ada", "Acme", "2026-01-05T09:00:00Z");
    ContactRow adaMoved = new ContactRow("c/1", "ada@globex.example", "Ada", "Globex", "2026-02-01T10:00:00Z");
    ContactRow grace = new ContactRow("c-2", "grace@example.com", "Grace", "Initech", "2026-01-05T09:17:00Z");

    try (Settings.Scope scope = Settings.scope(Map.of(ContactFileDestination.DIR_SETTING, dir.toString()))) {
      ContactFileDestination destination = new ContactFileDestination();
      assertTrue(destination.ready().ready());

      assertTrue(deliver(destination, BatchItem.upsert(ada), BatchItem.upsert(grace)).success());
      assertTrue(deliver(destination, BatchItem.upsert(adaMoved), delete("c-2"), delete("never-there")).success());
    }

    Path adaFile = ContactFileDestination.file(dir, "c/1");
    assertEquals(
        "{\"contact_id\":\"c/1\",\"email\":\"ada@globex.example\",\"name\":\"Ada\",\"company\":\"Globex\","
            + "\"updated_at\":\"2026-02-01T10:00:00Z\"}",
        Files.readString(adaFile));
    assertFalse(Files.exists(ContactFileDestination.file(dir, "c-2")));
    try (var files = Files.list(dir)) {
      assertEquals(List.of(adaFile), files.toList(), "only Ada's file is left, and no temporary file");
    }
  }

  @Test
  void anIdTooLongForAFileNameGetsAShortUniqueOne() {
    String longId = "x".repeat(300);
    Path file = ContactFileDestination.file(dir, longId);
    assertTrue(file.getFileName().toString().length() < 255);
    assertFalse(file.equals(ContactFileDestination.file(dir, longId + "y")));
  }

  @SafeVarargs
  private static DeliverResult deliver(ContactFileDestination destination, BatchItem<ContactRow>... items) {
    return destination.deliver(new Batch<>(List.of(items), 1, null));
  }

  private static BatchItem<ContactRow> delete(String contactId) {
    return new BatchItem.Delete<>(new PrimaryKey(List.of("contact_id"), contactId));
  }
}
