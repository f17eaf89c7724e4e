package org.painwise.clinic;

/**
 * When a session note is written: BEFORE a session with a touch therapist (how tense the body
 * feels, what the patient hopes for today) or AFTER it (how the body feels now, what they will try
 * at home). The name is stored.
 */
public enum SessionStage {
  BEFORE,
  AFTER
}
