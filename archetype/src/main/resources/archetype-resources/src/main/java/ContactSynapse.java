package ${package};

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import dev.dovetail.annotations.AuthType;
import dev.dovetail.annotations.ConnectionField;
import dev.dovetail.annotations.GetById;
import dev.dovetail.annotations.Read;
import dev.dovetail.annotations.Synapse;
import dev.dovetail.annotations.TestConnection;
import dev.dovetail.runtime.synapse.Connection;
import dev.dovetail.runtime.synapse.IdRequest;
import dev.dovetail.runtime.synapse.ReadPage;
import dev.dovetail.runtime.synapse.ReadRequest;
import dev.dovetail.runtime.synapse.SynapseException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads contacts from a source system: here a JSON Lines file, one contact per line (see {@code sample/contacts.jsonl}).
 *
 * <p>Replace the file with your system's API: {@link #read} must return the contacts changed in the request's window,
 * sorted ascending by their watermark ({@code updatedAt}), one page at a time; the cursor is yours (here: how many
 * contacts of the window came before the page). Dovetail pages until a page says it is the last, keeps the
 * watermark, and asks for the next window on the next run.
 */
@Synapse(
    name = "contact_source",
    displayName = "Contacts",
    authTypes = AuthType.NONE,
    connectionFields = {
        @ConnectionField(name = "path", label = "Contacts file",
            description = "JSON Lines file with one contact per line")},
    pageSize = 100)
public class ContactSynapse {
  private static final JsonFactory JSON = new JsonFactory();
  private static final Comparator<Contact> BY_WATERMARK =
      Comparator.comparing(Contact::updatedAt).thenComparing(Contact::id);

  /** The connection works when the file can be read and every line is a contact. */
  @TestConnection
  public Connection test(Connection connection) throws SynapseException {
    load(connection);
    return connection;
  }

  /** The contacts with {@code start <= updatedAt < end}, ascending, from offset {@code cursor}. */
  @Read(Contact.class)
  public ReadPage<Contact> read(ReadRequest request) throws SynapseException {
    List<Contact> window = new ArrayList<>();
    for (Contact contact : load(request.connection())) {
      Instant changed = contact.updatedAt();
      if (!changed.isBefore(request.start()) && (request.end() == null || changed.isBefore(request.end()))) {
        window.add(contact);
      }
    }
    window.sort(BY_WATERMARK);
    int from = request.cursor() == null ? 0 : Integer.parseInt(request.cursor());
    int to = Math.min(window.size(), from + Math.max(1, request.pageSize()));
    List<Contact> page = List.copyOf(window.subList(Math.min(from, to), to));
    return to < window.size() ? ReadPage.more(page, String.valueOf(to)) : ReadPage.last(page);
  }

  /** The contacts with the requested ids; ids the source does not know are absent. */
  @GetById(Contact.class)
  public List<Contact> byId(IdRequest request) throws SynapseException {
    Set<String> wanted = new HashSet<>(request.ids());
    List<Contact> found = new ArrayList<>();
    for (Contact contact : load(request.connection())) {
      if (wanted.contains(contact.id())) {
        found.add(contact);
      }
    }
    return found;
  }

  /** Every contact of the file, decoded by the generated {@code ContactCodec}; a bad line fails with its number. */
  private static List<Contact> load(Connection connection) throws SynapseException {
    String path = connection.field("path");
    if (path == null || path.isBlank()) {
      throw new SynapseException(400, "connection field 'path' is missing: the contacts file to read");
    }
    List<Contact> contacts = new ArrayList<>();
    int number = 0;
    try (BufferedReader lines = Files.newBufferedReader(Path.of(path), StandardCharsets.UTF_8)) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        try (JsonParser parser = JSON.createParser(line)) {
          parser.nextToken();
          Contact contact = ContactCodec.INSTANCE.decode(parser);
          if (contact.id() == null || contact.updatedAt() == null) {
            throw new IOException("a contact needs an id and an updated_at");
          }
          contacts.add(contact);
        } catch (IOException e) {
          throw new SynapseException(500, "line " + number + " of " + path + " is not a contact", e.getMessage());
        }
      }
    } catch (IOException e) {
      throw new SynapseException(503, "cannot read the contacts file " + path, e.toString());
    }
    return contacts;
  }
}
