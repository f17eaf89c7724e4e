package org.painwise.quiz;

/** Where a quiz is in its life. */
public enum QuizStatus {
  /** Never published: patients cannot take it yet. */
  DRAFT,
  /** The latest version is what the bank holds. */
  PUBLISHED,
  /** Published, and the bank has changed since: publishing again makes a new version. */
  CHANGED
}
