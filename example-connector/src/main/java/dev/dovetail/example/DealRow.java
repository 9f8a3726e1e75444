package dev.dovetail.example;

import dev.dovetail.annotations.Schema;
import dev.dovetail.annotations.SchemaField;

/**
 * A CRM deal as a row of the deals table: what is sold, for how much, to whom, how far it has come and when it changed.
 *
 * <p>The schema of {@link DealDestination} ({@code destinations/schema/deal_row.yml}), and the target of a sync from
 * the {@code demo_crm} synapse's {@code deal} entity ({@link dev.dovetail.example.crm.Deal}), e.g. {@code deal_id}
 * from {@code id}. OCP has no date or time type, so dates and times are ISO-8601 text; the destination checks them
 * before writing.
 *
 * @param dealId Identifier of the deal in the CRM
 * @param title What is being sold
 * @param value Expected revenue, in the deal's currency
 * @param currency ISO 4217 code of the value's currency, such as EUR
 * @param stage Stage of the sales pipeline the deal is in, such as PROPOSAL_MADE
 * @param status Whether the deal is open, won or lost
 * @param personId Identifier of the contact person the deal is with
 * @param expectedCloseDate When the deal is expected to close, as an ISO date (YYYY-MM-DD)
 * @param updatedAt When the deal last changed in the CRM, as an ISO-8601 instant such as 2025-06-02T09:23:00Z
 * @param addedAt When the deal was created in the CRM, as an ISO-8601 instant
 */
@Schema(displayName = "CRM deal")
public record DealRow(
    @SchemaField(primary = true, displayName = "Deal ID") long dealId,
    String title,
    Double value,
    String currency,
    String stage,
    String status,
    @SchemaField(displayName = "Person ID") Long personId,
    String expectedCloseDate,
    String updatedAt,
    String addedAt) {}
