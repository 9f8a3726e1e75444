package dev.dovetail.runtime.testing;

import java.util.List;

/** The spec's base schema {@code product_schema}: product_id (string, primary), price (float), qty (long), tags ([string]). */
public record Product(String productId, Double price, Long qty, List<String> tags) {}
