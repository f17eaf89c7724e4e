package org.painwise.clinic;

/**
 * What a patient can share with a therapist, one by one: check-ins (with their red flags), the
 * knowledge check, the notes before and after a session, the danger and safety journal and booster
 * results. The name is stored (at most 20 characters).
 */
public enum ShareKind {
  CHECKINS,
  KNOWLEDGE,
  SESSIONS,
  JOURNAL,
  BOOSTERS
}
