package org.painwise.quiz.format;

/**
 * Raised only for misuse (a null argument) or an I/O failure. Bad quiz content never raises it:
 * readers report it as {@link Problem}s instead.
 */
public class QuizFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what went wrong
   */
  public QuizFormatException(String message) {
    super(message);
  }

  /**
   * @param message what went wrong
   * @param cause the underlying failure, typically an {@link java.io.IOException}
   */
  public QuizFormatException(String message, Throwable cause) {
    super(message, cause);
  }

  static <T> T requireNonNull(T value, String what) {
    if (value == null) {
      throw new QuizFormatException(what + " must not be null");
    }
    return value;
  }
}
