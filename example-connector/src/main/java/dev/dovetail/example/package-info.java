/**
 * Example Dovetail connector: three OCP data-sync destinations that write into a SQL database (SQLite by default,
 * or PostgreSQL).
 *
 * <ul>
 *   <li>{@link dev.dovetail.example.AssetDestination} ({@code asset_sqlite}): DAM assets with a static schema
 *       generated from the {@link dev.dovetail.example.Asset} record; supports deletes.
 *   <li>{@link dev.dovetail.example.LeadDestination} ({@code lead_sqlite}): leads whose fields are discovered at run
 *       time from the columns of the {@code leads} table ({@link dev.dovetail.example.LeadSchemaFunction}).
 *   <li>{@link dev.dovetail.example.DealDestination} ({@code deal_sql}): CRM deals with a static schema generated
 *       from the {@link dev.dovetail.example.DealRow} record, e.g. synced from the {@code demo_crm} synapse's deals;
 *       supports deletes.
 * </ul>
 *
 * <p>Settings (read at call time): {@code sqlite.path} (default {@code dovetail-demo.db}), or {@code jdbc.url} with
 * optional {@code jdbc.user} / {@code jdbc.password}; {@code sqlite.busy_timeout_ms}, {@code postgresql.lock_timeout_ms}.
 * See {@link dev.dovetail.example.Database}.
 */
@OcpApp(
    appId = "dovetail_example",
    displayName = "Dovetail Example",
    version = "0.1.0-dev.1",
    vendor = "dovetail",
    summary = "Syncs DAM assets, leads and CRM deals from OCP into a SQL database: a worked example of a Dovetail connector.",
    supportUrl = "https://dovetail.dev/help",
    contactEmail = "support@dovetail.dev",
    categories = {OcpCategory.CONTENT_MANAGEMENT, OcpCategory.LEAD_CAPTURE})
package dev.dovetail.example;

import dev.dovetail.annotations.OcpApp;
import dev.dovetail.annotations.OcpCategory;
