/**
 * Benchmark-only connector types, compiled with the Dovetail processor like any connector: {@link
 * dev.dovetail.bench.model.BenchAsset} (the same fields and JSON as the example's {@code Asset}) and the no-op
 * destination {@link dev.dovetail.bench.model.NoopDestination}, whose generated dispatcher the dispatch, framework
 * overhead and memory benchmarks run; the synapse {@link dev.dovetail.bench.model.BenchSynapse} with its entity
 * {@link dev.dovetail.bench.model.BenchDeal} (the example's {@code Deal}), whose generated dispatcher the synapse
 * read benchmarks run.
 *
 * <p>The example's {@code Asset} cannot be reused for the destination: its codec already exists in
 * example-connector, and the processor (rightly) refuses to generate a second {@code AssetCodec}; the same holds for
 * {@code Deal}.
 */
@OcpApp(
    appId = "dovetail_benchmarks",
    displayName = "Dovetail Benchmarks",
    version = "0.1.0-dev.1",
    vendor = "dovetail",
    summary = "A no-op destination the Dovetail benchmarks run; never deployed.",
    supportUrl = "https://dovetail.dev/help",
    contactEmail = "support@dovetail.dev",
    categories = {OcpCategory.CONTENT_MANAGEMENT})
package dev.dovetail.bench.model;

import dev.dovetail.annotations.OcpApp;
import dev.dovetail.annotations.OcpCategory;
