package dev.dovetail.runtime.ocp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/** The OCP meta rules (spec §2.1, M3–M5) on an {@link AppMeta}, as (key, problem) pairs. */
public final class MetaRules {
  private MetaRules() {}

  /** One broken rule: {@code key} is the meta key ({@code app_id}) or {@code runtime}. */
  public record Problem(String key, String message) {}

  public static List<Problem> check(AppMeta meta) {
    List<Problem> out = new ArrayList<>();
    if (meta.appId() == null || !OcpRules.APP_ID.matcher(meta.appId()).matches()) {
      out.add(new Problem("app_id", "meta.app_id '" + meta.appId() + "' must start with a letter, contain only lowercase letters,"
          + " digits and '_', and be between 3 and 32 characters long (" + OcpRules.APP_ID.pattern() + ")"));
    }
    if (OcpRules.isBlank(meta.displayName())) {
      out.add(new Problem("display_name", "meta.display_name must not be blank"));
    }
    if (meta.version() == null || !OcpRules.VERSION.matcher(meta.version()).matches()) {
      out.add(new Problem("version", "meta.version '" + meta.version() + "' must be a semantic version number, optionally with"
          + " -dev/-beta (and increment) or -private (" + OcpRules.VERSION.pattern() + ")"));
    }
    if (meta.vendor() == null || !OcpRules.VENDOR.matcher(meta.vendor()).matches()) {
      out.add(new Problem("vendor", "meta.vendor '" + meta.vendor() + "' must be lower snake case (" + OcpRules.VENDOR.pattern() + ")"));
    }
    if (!OcpRules.isSupportUrl(meta.supportUrl())) {
      out.add(new Problem("support_url", "meta.support_url '" + meta.supportUrl() + "' must be a valid https:// web address"));
    }
    if (OcpRules.isBlank(meta.summary())) {
      out.add(new Problem("summary", "meta.summary must not be blank"));
    }
    if (meta.contactEmail() == null || !OcpRules.EMAIL.matcher(meta.contactEmail()).matches()) {
      out.add(new Problem("contact_email", "meta.contact_email '" + meta.contactEmail() + "' must be a valid email address"));
    }
    List<String> categories = meta.categories();
    if (categories.isEmpty() || categories.size() > 2) {
      out.add(new Problem("categories", "meta.categories must contain 1 or 2 categories, found " + categories.size()));
    } else if (new HashSet<>(categories).size() != categories.size()) {
      out.add(new Problem("categories", "meta.categories contains two identical categories"));
    }
    List<String> availability = meta.availability();
    if (availability.isEmpty()) {
      out.add(new Problem("availability", "meta.availability must contain at least one availability zone"));
    } else if (availability.contains("all") && availability.size() > 1) {
      out.add(new Problem("availability", "meta.availability should not contain any other availability zones if it contains \"all\""));
    } else {
      for (String zone : availability) {
        if (OcpRules.isBlank(zone)) {
          out.add(new Problem("availability", "meta.availability contains a blank zone"));
        }
      }
    }
    if (meta.runtime() == null || !OcpRules.RUNTIMES.contains(meta.runtime())) {
      out.add(new Problem("runtime", "runtime '" + meta.runtime() + "' must be one of " + OcpRules.RUNTIMES));
    }
    return out;
  }
}
