/**
 * A deliberately broken connector, compiled by the Dovetail processor in the kit's own tests: each acceptance check
 * must fail on it with a message that names the connector, the record or file, the field and the rule.
 */
@OcpApp(
    appId = "dovetail_broken",
    displayName = "Dovetail broken fixture",
    version = "0.1.0",
    vendor = "dovetail",
    summary = "A connector with one mistake per acceptance check, for the test kit's own tests.",
    supportUrl = "https://dovetail.dev/help",
    contactEmail = "support@dovetail.dev",
    categories = OcpCategory.TESTING_AND_UTILITIES)
package dev.dovetail.testkit.broken;

import dev.dovetail.annotations.OcpApp;
import dev.dovetail.annotations.OcpCategory;
