package org.painwise.quiz;

import java.util.List;

/** The quiz cannot be published: it is empty, or these questions have no correct answer. */
public class QuizNotPublishableException extends Exception {
  private static final long serialVersionUID = 1L;

  private final List<String> questions;

  public QuizNotPublishableException(List<String> questions) {
    super("Cannot publish; questions without a correct answer: " + questions);
    this.questions = List.copyOf(questions);
  }

  /** The labels of the questions to fix; empty when the quiz has no question at all. */
  public List<String> questions() {
    return questions;
  }
}
