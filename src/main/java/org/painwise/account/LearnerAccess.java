package org.painwise.account;

/**
 * Whether one account may see a learner's data. Implemented by the features above that link people
 * (the clinic: a therapist sees their own clients), so that the features that own the data can
 * check ownership without naming them.
 */
public interface LearnerAccess {

  boolean maySee(long viewerId, long learnerId);
}
