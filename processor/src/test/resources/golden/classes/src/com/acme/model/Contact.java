package com.acme.model;

import dev.dovetail.annotations.Schema;
import dev.dovetail.annotations.SchemaField;
import dev.dovetail.annotations.SchemaIgnore;
import java.util.ArrayList;
import java.util.List;

/** A contact person in the CRM. */
@Schema(name = "crm_contact", displayName = "CRM contact")
public class Contact {
  /** Unique e-mail address of the contact. */
  @SchemaField(primary = true)
  private String email;

  /** Given name. */
  private String firstName;

  /** Whether the contact agreed to marketing e-mail. */
  private boolean optedIn;

  /** Lead score between 0 and 100. */
  public int score;

  /** Mailing addresses. */
  private List<Address> addresses = new ArrayList<>();

  /** Computed locally, never sent. */
  private transient String displayCache;

  /** Internal bookkeeping. */
  @SchemaIgnore
  private long revision;

  /** A constant, not a field of the schema. */
  public static final int MAX_SCORE = 100;

  public String getEmail() { return email; }
  public void setEmail(String email) { this.email = email; }
  public String getFirstName() { return firstName; }
  public void setFirstName(String firstName) { this.firstName = firstName; }
  public boolean isOptedIn() { return optedIn; }
  public void setOptedIn(boolean optedIn) { this.optedIn = optedIn; }
  public List<Address> getAddresses() { return addresses; }
  public void setAddresses(List<Address> addresses) { this.addresses = addresses; }
  public long getRevision() { return revision; }
  public String getDisplayCache() { return displayCache; }
}
