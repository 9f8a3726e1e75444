@OcpApp(
    appId = "acme_contacts",
    displayName = "Acme Contacts",
    version = "1.0.0",
    vendor = "acme",
    summary = "Writes contacts into the Acme CRM.",
    supportUrl = "https://acme.example.com/help",
    contactEmail = "help@acme.example.com",
    categories = OcpCategory.CRM)
package com.acme.crm;

import dev.dovetail.annotations.OcpApp;
import dev.dovetail.annotations.OcpCategory;
