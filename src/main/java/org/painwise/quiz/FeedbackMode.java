package org.painwise.quiz;

/** When a learner sees whether an answer is right. */
public enum FeedbackMode {
  /** After each question: checking an answer shows its feedback and locks it. */
  IMMEDIATE,
  /** After the whole quiz, on the results page. */
  AT_END
}
