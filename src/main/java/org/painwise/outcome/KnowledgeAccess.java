package org.painwise.outcome;

/**
 * Whether someone other than the patient may read the patient's knowledge checks. Implemented by
 * the clinic (a linked therapist the patient shares the knowledge gain with), so that the outcome
 * feature checks consent without naming the clinic.
 */
public interface KnowledgeAccess {

  boolean mayReadKnowledge(long viewerId, long patientId);
}
