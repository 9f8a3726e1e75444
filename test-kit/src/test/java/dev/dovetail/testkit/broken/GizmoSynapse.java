package dev.dovetail.testkit.broken;

import dev.dovetail.annotations.AuthType;
import dev.dovetail.annotations.Create;
import dev.dovetail.annotations.Describe;
import dev.dovetail.annotations.Read;
import dev.dovetail.annotations.Synapse;
import dev.dovetail.annotations.Update;
import dev.dovetail.runtime.synapse.DataType;
import dev.dovetail.runtime.synapse.EntityAttribute;
import dev.dovetail.runtime.synapse.EntitySchema;
import dev.dovetail.runtime.synapse.ReadPage;
import dev.dovetail.runtime.synapse.ReadRequest;
import dev.dovetail.runtime.synapse.WriteRequest;
import dev.dovetail.runtime.synapse.WriteResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Gizmos from an in-memory list of {@value #GIZMOS}. Broken: describe adds an entity without an id attribute; the
 * next page's cursor repeats the last record of the page and the window's start is ignored; update answers ids the
 * records were not sent with.
 */
@Synapse(name = "gizmo_api", displayName = "Gizmo API", category = "other", authTypes = AuthType.API_KEY, pageSize = 100)
public class GizmoSynapse {
  static final int GIZMOS = 250;
  static final Instant FIRST = Instant.parse("2025-01-01T00:00:00Z");

  @Describe
  public List<EntitySchema> describe() {
    return List.of(EntitySchema.builder("gizmo_note", "Gizmo note")
        .attribute(EntityAttribute.builder("text", "Text", DataType.STRING))
        .build());
  }

  @Read(Gizmo.class)
  public ReadPage<Gizmo> read(ReadRequest request) {
    int start = request.cursor() == null ? 0 : Integer.parseInt(request.cursor());
    List<Gizmo> page = new ArrayList<>();
    for (int i = start; i < Math.min(GIZMOS, start + request.pageSize()); i++) {
      page.add(new Gizmo(i + 1, "gizmo " + (i + 1), FIRST.plusSeconds(60L * i)));
    }
    int next = start + page.size() - 1; // the bug: the last record of this page starts the next one
    return start + page.size() >= GIZMOS ? ReadPage.last(page) : ReadPage.more(page, String.valueOf(next));
  }

  @Create(Gizmo.class)
  public List<WriteResult> create(WriteRequest<Gizmo> request) {
    List<WriteResult> results = new ArrayList<>();
    for (int i = 0; i < request.records().size(); i++) {
      results.add(WriteResult.ok(String.valueOf(1000 + i)));
    }
    return results;
  }

  @Update(Gizmo.class)
  public List<WriteResult> update(WriteRequest<Gizmo> request) {
    List<WriteResult> results = new ArrayList<>();
    for (int i = 0; i < request.records().size(); i++) {
      results.add(WriteResult.ok("gizmo-" + request.idAt(i)));
    }
    return results;
  }
}
