@OcpApp(appId = "acme_crm", displayName = "Acme CRM", version = "2.1.0-beta.3", vendor = "acme_inc",
    summary = "Pushes contacts into Acme CRM", supportUrl = "https://acme.io/crm/help", contactEmail = "crm@acme.io",
    categories = {OcpCategory.CRM, OcpCategory.LEAD_CAPTURE}, availability = {"us", "eu"}, runtime = "node18")
package com.acme;

import dev.dovetail.annotations.OcpApp;
import dev.dovetail.annotations.OcpCategory;
