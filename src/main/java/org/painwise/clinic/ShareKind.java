package org.painwise.clinic;

/**
 * What a patient can share with a therapist, one by one: check-ins (with their red flags) and the
 * knowledge check, booster results; the journal and session reflections will follow. The name is
 * stored (at most 20 characters).
 */
public enum ShareKind {
  CHECKINS,
  KNOWLEDGE,
  BOOSTERS
}
