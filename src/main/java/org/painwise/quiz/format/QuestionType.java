package org.painwise.quiz.format;

/** The kinds of question the neutral model supports. */
public enum QuestionType {
  /** One answer may be picked (radio buttons); GIFT {@code {=right ~wrong}}. */
  SINGLE_CHOICE,
  /**
   * Several answers may be picked, each with a weight (check boxes); GIFT {@code {~%50%a ~%50%b
   * ~%-100%c}}.
   */
  MULTIPLE_CHOICE,
  /** True or false; GIFT {@code {T}} / {@code {FALSE}}. Its two choices are "True" and "False". */
  TRUE_FALSE,
  /** Pairs to match; GIFT {@code {=left -> right ...}}. Each choice has a text and a match text. */
  MATCHING,
  /** The learner types a word or phrase; GIFT {@code {=answer =other answer}}. */
  SHORT_ANSWER,
  /** The learner types a number; GIFT {@code {#3.14:0.01}} or {@code {#1..5}}. */
  NUMERIC
}
