/**
 * A destination compiled in this module's tests by the Dovetail processor with the Kafka Connect adapter on the
 * class path, so the processor generates its {@code NoteFileDestinationSinkConnector} and the
 * {@code META-INF/services} manifest Connect discovers it by.
 */
@OcpApp(
    appId = "dovetail_kafka_test",
    displayName = "Dovetail Kafka test",
    version = "0.1.0",
    vendor = "dovetail",
    summary = "Appends notes to a file: the Kafka Connect adapter's test connector.",
    supportUrl = "https://dovetail.dev/help",
    contactEmail = "support@dovetail.dev",
    categories = OcpCategory.TESTING_AND_UTILITIES)
package dev.dovetail.kafka.testing;

import dev.dovetail.annotations.OcpApp;
import dev.dovetail.annotations.OcpCategory;
