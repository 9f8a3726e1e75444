package dev.dovetail.kafka.testing;

import dev.dovetail.annotations.Destination;
import dev.dovetail.runtime.Batch;
import dev.dovetail.runtime.BatchItem;
import dev.dovetail.runtime.DeliverResult;
import dev.dovetail.runtime.DestinationHandler;
import dev.dovetail.runtime.ReadyResult;
import dev.dovetail.runtime.Settings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Appends each note, and each deleted note's id, as a line to the file that setting notes.path names. */
@Destination(name = "note_file", supportsDelete = true)
public class NoteFileDestination implements DestinationHandler<Note> {
  static final String PATH = "notes.path";

  @Override
  public ReadyResult ready() {
    return Settings.get(PATH).isPresent() ? ReadyResult.ok() : ReadyResult.notReady("set " + PATH);
  }

  @Override
  public DeliverResult deliver(Batch<Note> batch) throws IOException {
    StringBuilder lines = new StringBuilder();
    for (BatchItem<Note> item : batch.items()) {
      if (item instanceof BatchItem.Upsert<Note> upsert) {
        lines.append("upsert ").append(upsert.record().noteId()).append(' ').append(upsert.record().text());
      } else if (item instanceof BatchItem.Delete<Note> delete) {
        lines.append("delete ").append(delete.key().single());
      }
      lines.append('\n');
    }
    Files.writeString(Path.of(Settings.get(PATH).orElseThrow()), lines, StandardCharsets.UTF_8,
        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    return DeliverResult.ok();
  }
}
