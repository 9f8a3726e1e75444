package dev.dovetail.processor.model;

import dev.dovetail.runtime.ocp.AppMeta;
import java.util.Map;

/**
 * A hand-written base {@code app.yml}: its sections other than {@code meta}, {@code runtime} and
 * {@code destinations} pass through to the generated manifest untouched, in their order.
 *
 * @param meta the meta block and runtime it declares, or {@code null} when it leaves them to {@code @OcpApp}
 */
public record BaseManifest(String path, AppMeta meta, Map<String, Object> otherSections) {}
