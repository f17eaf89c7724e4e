package org.painwise.outcome;

/**
 * Whether someone other than the patient may read the patient's danger and safety journal.
 * Implemented by the clinic (a linked therapist the patient shares the journal with), so that the
 * outcome feature checks consent without naming the clinic.
 */
public interface JournalAccess {

  boolean mayReadJournal(long viewerId, long patientId);
}
