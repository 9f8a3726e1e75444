package com.acme.crm;

import dev.dovetail.annotations.Schema;
import dev.dovetail.annotations.SchemaField;

/**
 * A contact of the CRM.
 *
 * @param email E-mail address of the contact
 * @param name Full name of the contact
 */
@Schema
public record Contact(@SchemaField(primary = true) String email, String name) {}
