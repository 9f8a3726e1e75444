package dev.dovetail.example.crm;

import dev.dovetail.annotations.Attribute;
import dev.dovetail.annotations.Schema;
import dev.dovetail.annotations.SchemaField;
import java.time.Instant;
import java.util.List;

/**
 * A contact person in the CRM, whom deals are made with.
 *
 * @param id Identifier of the person in the CRM
 * @param name Full name
 * @param emails E-mail addresses, the primary one first
 * @param phone Primary phone number
 * @param orgName Name of the organization the person works for
 * @param updatedAt When the person last changed in the CRM
 */
@Schema
public record Person(
    @SchemaField(primary = true, displayName = "Person ID") @Attribute(updateable = false) long id,
    String name,
    List<String> emails,
    String phone,
    @SchemaField(displayName = "Organization") String orgName,
    @Attribute(watermark = true, calculated = true, updateable = false) Instant updatedAt) {}
