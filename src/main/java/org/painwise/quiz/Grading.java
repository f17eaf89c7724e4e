package org.painwise.quiz;

/** Which submitted attempt gives a learner's grade for a quiz. */
public enum Grading {
  /** The best score of all attempts. */
  BEST,
  /** The score of the last attempt. */
  LAST
}
