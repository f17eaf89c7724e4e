package org.painwise.account;

/** The four kinds of user. The names are the Jakarta Security groups, and so the roles. */
public enum Role {
  PATIENT,
  THERAPIST,
  EDUCATOR,
  ADMIN;

  /** Where this role lands after signing in. */
  public String homePath() {
    return "/" + name().toLowerCase(java.util.Locale.ROOT) + "/index";
  }
}
