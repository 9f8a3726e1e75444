package dev.dovetail.runtime.ocp;

import java.util.List;

/** The {@code meta} block and {@code runtime} of app.yml, in the order they are written. */
public record AppMeta(
    String appId,
    String displayName,
    String version,
    String vendor,
    String supportUrl,
    String summary,
    String contactEmail,
    List<String> categories,
    List<String> availability,
    String runtime) {}
