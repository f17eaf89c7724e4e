package org.painwise.quiz;

/** The learner has used every attempt the quiz allows. */
public class NoAttemptsLeftException extends Exception {
  private static final long serialVersionUID = 1L;

  public NoAttemptsLeftException(int maxAttempts) {
    super("All " + maxAttempts + " attempts used");
  }
}
