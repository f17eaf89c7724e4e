package org.painwise.outcome;

/**
 * Whether someone other than the patient may read the patient's check-ins. Implemented by the
 * clinic (a linked therapist the patient shares check-ins with), so that the outcome feature checks
 * consent without naming the clinic.
 */
public interface CheckinAccess {

  boolean mayReadCheckins(long viewerId, long patientId);
}
