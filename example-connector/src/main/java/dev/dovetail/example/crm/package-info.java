/**
 * Example Syncari custom synapse: {@link dev.dovetail.example.crm.CrmSynapse} ({@code demo_crm}) syncs
 * {@link dev.dovetail.example.crm.Deal}s and {@link dev.dovetail.example.crm.Person}s with a Pipedrive-style CRM over
 * its REST API ({@link dev.dovetail.example.crm.CrmApi}); {@link dev.dovetail.example.crm.DemoCrmServer} is a small
 * in-memory CRM with that API, for the README's demo and the tests.
 */
package dev.dovetail.example.crm;
