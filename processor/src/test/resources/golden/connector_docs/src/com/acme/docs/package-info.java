@OcpApp(appId = "acme_docs", displayName = "Acme | Docs", version = "2.1.0", vendor = "acme",
    summary = "Syncs *products* and leads into Acme", supportUrl = "https://acme.io/help",
    contactEmail = "help@acme.io", categories = OcpCategory.COMMERCE_PLATFORM)
package com.acme.docs;

import dev.dovetail.annotations.OcpApp;
import dev.dovetail.annotations.OcpCategory;
