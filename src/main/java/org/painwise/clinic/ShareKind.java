package org.painwise.clinic;

/**
 * What a patient can share with a therapist, one by one. Check-ins (with their red flags) for now;
 * the knowledge check, the journal, boosters and session reflections will follow.
 */
public enum ShareKind {
  CHECKINS
}
