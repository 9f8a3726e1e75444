package ${package};

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.dovetail.annotations.Destination;
import dev.dovetail.runtime.Batch;
import dev.dovetail.runtime.BatchItem;
import dev.dovetail.runtime.DeliverResult;
import dev.dovetail.runtime.DestinationHandler;
import dev.dovetail.runtime.ReadyResult;
import dev.dovetail.runtime.Settings;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Writes contacts into a folder, one JSON document per contact: {@code <contacts.dir>/<contact id>.json}.
 *
 * <p>An upsert replaces the contact's file (written beside it, then moved over it, so a reader never sees half a
 * document); a delete removes it, and deleting a contact that is not there succeeds. Writing the same batch twice
 * leaves the same files, so a batch replayed after a crash is harmless. An I/O error fails the batch as retryable:
 * Dovetail retries it with the destination's retry policy and stops without moving its checkpoint if it keeps
 * failing.
 *
 * <p>Setting {@code contacts.dir} (default {@code contacts}): {@code --set contacts.dir=...}, the sync config's
 * {@code destination.settings}, or the environment variable {@code DOVETAIL_CONTACTS_DIR}.
 */
@Destination(name = "contact_files", supportsDelete = true)
public class ContactFileDestination implements DestinationHandler<ContactRow> {
  static final String DIR_SETTING = "contacts.dir";
  /** The longest file name used, without ".json": well under the usual 255-byte limit. */
  private static final int MAX_NAME = 160;
  private static final JsonFactory JSON = new JsonFactory();

  @Override
  public ReadyResult ready() {
    Path dir = dir();
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      return ReadyResult.notReady("cannot create the contacts folder " + dir + ": " + e);
    }
    return Files.isWritable(dir) ? ReadyResult.ok() : ReadyResult.notReady("cannot write to the contacts folder " + dir);
  }

  @Override
  public DeliverResult deliver(Batch<ContactRow> batch) {
    Path dir = dir();
    try {
      Files.createDirectories(dir);
      for (BatchItem<ContactRow> item : batch.items()) {
        if (item instanceof BatchItem.Upsert<ContactRow> upsert) {
          write(dir, upsert.record());
        } else if (item instanceof BatchItem.Delete<ContactRow> delete) {
          Files.deleteIfExists(file(dir, String.valueOf(delete.key().single())));
        }
      }
      return DeliverResult.ok();
    } catch (IOException e) {
      return DeliverResult.retry("cannot write to " + dir + ": " + e);
    }
  }

  private static void write(Path dir, ContactRow row) throws IOException {
    Path target = file(dir, row.contactId());
    Path temp = Files.createTempFile(dir, ".contact-", ".tmp");
    try {
      try (OutputStream out = Files.newOutputStream(temp);
          JsonGenerator generator = JSON.createGenerator(out)) {
        ContactRowCodec.INSTANCE.encode(row, generator);
      }
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * The contact's file: the id URL-encoded, so any id makes a safe file name; an id too long for a file name (most
   * file systems stop at 255 bytes) keeps its first characters and gets its SHA-256 after them, so it stays unique.
   * On a case-insensitive file system (macOS, Windows) ids that differ only in case share a file.
   */
  static Path file(Path dir, String contactId) {
    String name = URLEncoder.encode(contactId, StandardCharsets.UTF_8);
    if (name.length() > MAX_NAME) {
      name = name.substring(0, MAX_NAME - 65) + "~" + sha256(contactId);
    }
    return dir.resolve(name + ".json");
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  static Path dir() {
    return Path.of(Settings.get(DIR_SETTING, "contacts"));
  }
}
