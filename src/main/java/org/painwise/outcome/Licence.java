package org.painwise.outcome;

/** Under what terms Painwise may use an instrument. */
public enum Licence {
  /** Free to use, with the source cited wherever the items are shown. */
  FREE_WITH_ATTRIBUTION,
  /** Written by Painwise, in our own words. */
  OUR_OWN,
  /**
   * Needs a licence that Painwise does not hold: the instrument is listed by name only, and its
   * items are never shown, stored or written in the repository (see LicensedTextTest).
   */
  NEEDS_LICENCE
}
