package org.painwise.quiz;

/** A bank question that does not exist (any more). */
public class QuestionNotFoundException extends Exception {
  private static final long serialVersionUID = 1L;

  public QuestionNotFoundException(long id) {
    super("No question " + id);
  }
}
