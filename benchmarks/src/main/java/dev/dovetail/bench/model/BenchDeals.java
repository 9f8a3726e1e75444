package dev.dovetail.bench.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The fixed page {@link BenchSynapse} answers: {@value #SIZE} deals, ascending by {@code updatedAt} (one a minute
 * from {@link #FIRST_UPDATE}), every field set. Built once, so that the synapse benchmarks measure the dispatch and the
 * reply, not an upstream call; the cold benchmarks build it in their setup, outside the measured shot.
 */
public final class BenchDeals {
  public static final int SIZE = 100;
  /** {@code updatedAt} of the first deal: 2025-06-01T08:00:00Z. */
  public static final Instant FIRST_UPDATE = Instant.ofEpochSecond(1_748_764_800L);
  private static final String[] CUSTOMERS = {"Contoso", "Fabrikam", "Tailspin Toys", "Northwind", "Litware"};
  private static final String[] PRODUCTS = {"API access", "Annual licence", "Onboarding package", "Support plan"};
  private static final String[] CURRENCIES = {"EUR", "USD", "GBP"};

  /** The page, immutable. */
  public static final List<BenchDeal> PAGE = build(SIZE);

  private BenchDeals() {}

  private static List<BenchDeal> build(int count) {
    List<BenchDeal> out = new ArrayList<>(count);
    BenchDeal.Stage[] stages = BenchDeal.Stage.values();
    BenchDeal.Status[] statuses = BenchDeal.Status.values();
    for (int i = 0; i < count; i++) {
      Instant updated = FIRST_UPDATE.plusSeconds(60L * i);
      out.add(new BenchDeal(
          1_000 + i,
          PRODUCTS[i % PRODUCTS.length] + " for " + CUSTOMERS[i % CUSTOMERS.length],
          BigDecimal.valueOf(150_000L + 7_919L * i, 2),
          CURRENCIES[i % CURRENCIES.length],
          stages[i % stages.length],
          statuses[i % statuses.length],
          20L + i % 40,
          LocalDate.of(2025, 8, 1).plusDays(i),
          updated,
          updated.minusSeconds(86_400L + 600L * i)));
    }
    return List.copyOf(out);
  }
}
