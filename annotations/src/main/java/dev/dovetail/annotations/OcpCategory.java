package dev.dovetail.annotations;

/** The 26 OCP app categories, with their exact manifest spelling. */
public enum OcpCategory {
  COMMERCE_PLATFORM("Commerce Platform"),
  POINT_OF_SALE("Point of Sale"),
  LEAD_CAPTURE("Lead Capture"),
  ADVERTISING("Advertising"),
  MARKETING("Marketing"),
  CHANNEL("Channel"),
  LOYALTY_AND_REWARDS("Loyalty & Rewards"),
  CUSTOMER_EXPERIENCE("Customer Experience"),
  ANALYTICS_AND_REPORTING("Analytics & Reporting"),
  SURVEYS_AND_FEEDBACK("Surveys & Feedback"),
  REVIEWS_AND_RATINGS("Reviews & Ratings"),
  CONTENT_MANAGEMENT("Content Management"),
  DATA_QUALITY_AND_ENRICHMENT("Data Quality & Enrichment"),
  PRODUCTIVITY("Productivity"),
  CRM("CRM"),
  ACCOUNTING_AND_FINANCE("Accounting & Finance"),
  CDP_DMP("CDP / DMP"),
  ATTRIBUTION_AND_LINKING("Attribution & Linking"),
  TESTING_AND_UTILITIES("Testing & Utilities"),
  PERSONALIZATION_AND_CONTENT("Personalization & Content"),
  OFFERS("Offers"),
  MERCHANDISING_AND_PRODUCTS("Merchandising & Products"),
  SITE_AND_CONTENT_EXPERIENCE("Site & Content Experience"),
  SUBSCRIPTIONS("Subscriptions"),
  AUDIENCE_SYNC("Audience Sync"),
  OPAL("Opal");

  private final String manifestName;

  OcpCategory(String manifestName) {
    this.manifestName = manifestName;
  }

  /** The spelling {@code app.yml} expects. */
  public String manifestName() {
    return manifestName;
  }
}
