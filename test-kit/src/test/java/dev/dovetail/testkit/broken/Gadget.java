package dev.dovetail.testkit.broken;

import dev.dovetail.annotations.Schema;
import dev.dovetail.annotations.SchemaField;
import java.util.List;

/**
 * A gadget: its Java types are narrower than the OCP types they map to ({@code short} for int, {@code float} for
 * float), which the kit's codec check catches.
 *
 * @param gadgetId Identifier of the gadget
 * @param name Name shown to users
 * @param stock Items in stock
 * @param weight Weight in kilograms
 * @param tags Free-form labels
 */
@Schema
public record Gadget(
    @SchemaField(primary = true) String gadgetId, String name, short stock, float weight, List<String> tags) {}
