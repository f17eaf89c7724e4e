package org.painwise.quiz;

/** No quiz for this module slug, or none that a learner may take yet. Shown as the 404 page. */
public class QuizNotFoundException extends Exception {
  private static final long serialVersionUID = 1L;

  public QuizNotFoundException(String slug) {
    super("No quiz for module " + slug);
  }
}
