package org.painwise.quiz;

/**
 * Someone else saved or deleted this question since it was opened: the edit is refused, nothing is
 * lost.
 */
public class QuestionConflictException extends Exception {
  private static final long serialVersionUID = 1L;

  public QuestionConflictException(long id) {
    super("Question " + id + " changed since it was opened");
  }
}
