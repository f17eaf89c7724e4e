package org.painwise.outcome;

/**
 * Whether someone other than the patient may read the patient's booster results. Implemented by the
 * clinic (a linked therapist the patient shares boosters with), so that the outcome feature checks
 * consent without naming the clinic.
 */
public interface BoosterAccess {

  boolean mayReadBoosters(long viewerId, long patientId);
}
