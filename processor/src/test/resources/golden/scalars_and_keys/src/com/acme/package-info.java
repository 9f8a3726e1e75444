@OcpApp(appId = "acme_dam", displayName = "Acme DAM", version = "1.0.0", vendor = "acme", summary = "Syncs assets",
    supportUrl = "https://acme.io/help", contactEmail = "help@acme.io", categories = OcpCategory.CONTENT_MANAGEMENT)
package com.acme;

import dev.dovetail.annotations.OcpApp;
import dev.dovetail.annotations.OcpCategory;
