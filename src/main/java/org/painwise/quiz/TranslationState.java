package org.painwise.quiz;

/** Where a bank question's translation into one language stands. */
public enum TranslationState {
  /** Not translated: learners in that language read the question in English. */
  MISSING,
  /** Translated, and no newer English change: published with the next version. */
  UP_TO_DATE,
  /**
   * The English question changed after it: it waits for an educator to revise it, and learners in
   * that language read the English question in the versions published meanwhile.
   */
  OUT_OF_DATE
}
