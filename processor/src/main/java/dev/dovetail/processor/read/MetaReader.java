package dev.dovetail.processor.read;

import dev.dovetail.annotations.OcpCategory;
import dev.dovetail.processor.diag.Diagnostics;
import dev.dovetail.processor.diag.Message;
import dev.dovetail.runtime.ocp.AppMeta;
import dev.dovetail.runtime.ocp.MetaRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.VariableElement;

/** Reads {@code @OcpApp} into an {@link AppMeta} and reports every broken meta rule on the offending value. */
public final class MetaReader {
  /** meta key → annotation member, for pointing diagnostics at the value. */
  private static final Map<String, String> MEMBERS = Map.of(
      "app_id", "appId", "display_name", "displayName", "version", "version", "vendor", "vendor",
      "support_url", "supportUrl", "summary", "summary", "contact_email", "contactEmail", "categories", "categories",
      "availability", "availability", "runtime", "runtime");

  private final Diagnostics diagnostics;

  public MetaReader(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** The meta of the element's {@code @OcpApp}, or {@code null} when a rule is broken (reported). */
  public AppMeta read(Element element) {
    AnnotationMirror mirror = Annotations.find(element, Annotations.OCP_APP);
    List<String> categories = new ArrayList<>();
    for (AnnotationValue value : Annotations.list(mirror, "categories")) {
      categories.add(OcpCategory.valueOf(((VariableElement) value.getValue()).getSimpleName().toString()).manifestName());
    }
    List<String> availability = new ArrayList<>();
    for (AnnotationValue value : Annotations.list(mirror, "availability")) {
      availability.add(String.valueOf(value.getValue()));
    }
    if (Annotations.explicit(mirror, "availability") == null) {
      availability.add("all");
    }
    String runtime = Annotations.explicit(mirror, "runtime") == null ? "node22" : Annotations.string(mirror, "runtime");
    AppMeta meta = new AppMeta(
        Annotations.string(mirror, "appId"),
        Annotations.string(mirror, "displayName"),
        Annotations.string(mirror, "version"),
        Annotations.string(mirror, "vendor"),
        Annotations.string(mirror, "supportUrl"),
        Annotations.string(mirror, "summary"),
        Annotations.string(mirror, "contactEmail"),
        categories,
        availability,
        runtime);
    List<MetaRules.Problem> problems = MetaRules.check(meta);
    for (MetaRules.Problem problem : problems) {
      diagnostics.error(Message.META_INVALID, element, mirror, Annotations.explicit(mirror, MEMBERS.get(problem.key())),
          problem.message());
    }
    return problems.isEmpty() ? meta : null;
  }
}
