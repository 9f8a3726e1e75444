package com.acme.docs;

import dev.dovetail.annotations.Schema;
import dev.dovetail.annotations.SchemaField;
import java.util.List;

/**
 * A product of the catalogue, with its variants | bundles.
 *
 * @param sku stock keeping unit such as {@code a-1|b}
 * @param name the name shown in the shop
 * @param kind what is sold
 * @param tags free labels such as <b>new</b> or *sale* [draft]
 * @param variants the variants on offer
 * @param dimensions outer size of the package
 * @param image where the picture is
 */
@Schema(displayName = "Catalogue product")
public record Product(
    @SchemaField(primary = true, displayName = "SKU") String sku,
    String name,
    Kind kind,
    List<String> tags,
    List<Variant> variants,
    Dimensions dimensions,
    @SchemaField(format = SchemaField.Format.URL) String image) {

  /** Kinds of products. */
  public enum Kind { PHYSICAL, DIGITAL }

  /**
   * One variant of a product.
   *
   * @param code the variant code
   * @param prices price per currency, in cents
   */
  public record Variant(String code, long[] prices) {}

  /**
   * Package size in millimetres.
   *
   * @param width left to right
   * @param height bottom to top
   */
  public record Dimensions(int width, int height) {}
}
