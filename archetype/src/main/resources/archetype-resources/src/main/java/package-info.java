/**
 * The ${artifactId} connector: contacts read from a source system by {@link ${package}.ContactSynapse} and written
 * by {@link ${package}.ContactFileDestination}.
 *
 * <p>{@code @OcpApp} is the app meta of the generated {@code app.yml}; the processor writes its {@code destinations:}
 * and {@code destinations/schema/*.yml} from the {@code @Destination} classes.
 */
@OcpApp(
    appId = "${appId}",
    displayName = "${artifactId}",
    version = "1.0.0-dev.1",
    vendor = "${appId}",
    summary = "Syncs contacts into files, one JSON document per contact.",
    supportUrl = "https://example.com/support",
    contactEmail = "support@example.com",
    categories = {OcpCategory.CRM})
package ${package};

import dev.dovetail.annotations.OcpApp;
import dev.dovetail.annotations.OcpCategory;
