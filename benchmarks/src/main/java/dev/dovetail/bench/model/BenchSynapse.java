package dev.dovetail.bench.model;

import dev.dovetail.annotations.AuthType;
import dev.dovetail.annotations.ConnectionField;
import dev.dovetail.annotations.Read;
import dev.dovetail.annotations.Synapse;
import dev.dovetail.runtime.synapse.ReadPage;
import dev.dovetail.runtime.synapse.ReadRequest;

/**
 * Reads deals from an in-memory CRM, for the synapse dispatch benchmarks: every read answers the same fixed page of
 * {@link BenchDeals#SIZE} deals and a cursor past it, so a READ measures the envelope, the dispatch and the reply, not
 * I/O.
 */
@Synapse(
    name = "bench_crm",
    displayName = "Benchmark CRM",
    category = "crm",
    authTypes = AuthType.API_KEY,
    connectionFields = {
        @ConnectionField(name = "endpoint", label = "API URL", description = "Base URL of the CRM's REST API"),
        @ConnectionField(name = "accessToken", label = "API token", secret = true, description = "API token")},
    readSkewSeconds = 5,
    pageSize = BenchDeals.SIZE)
public class BenchSynapse {

  /** The fixed page; the cursor counts records from the window's start. */
  @Read(BenchDeal.class)
  public ReadPage<BenchDeal> readDeals(ReadRequest request) {
    int from = request.cursor() == null ? 0 : Integer.parseInt(request.cursor());
    return ReadPage.more(BenchDeals.PAGE, Integer.toString(from + BenchDeals.SIZE));
  }
}
