package org.painwise.quiz.format;

import java.util.Objects;

/**
 * Something wrong or unsupported in a quiz file, located by line and column and described in plain
 * English for the person who wrote the file.
 *
 * @param line 1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 * @param severity whether the question was skipped, kept, or of an unsupported type
 * @param message what is wrong and how to fix it, without the location (see {@link #describe()} for
 *     the full sentence)
 * @param unsupportedType for {@link Severity#UNSUPPORTED}: the type's name, e.g. {@code essay};
 *     empty otherwise
 */
public record Problem(
    int line, int column, Severity severity, String message, String unsupportedType) {

  /** How serious a problem is. */
  public enum Severity {
    /** The question is wrong and was skipped. */
    ERROR,
    /** The question was kept, but something about it looks wrong or will not work in Moodle. */
    WARNING,
    /** The question is of a type the model does not support; it was skipped. */
    UNSUPPORTED
  }

  /** Checks the values and replaces a null type name by an empty string. */
  public Problem {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    unsupportedType = unsupportedType == null ? "" : unsupportedType;
  }

  static Problem error(Position at, String message) {
    return new Problem(at.line(), at.column(), Severity.ERROR, message, "");
  }

  static Problem warning(Position at, String message) {
    return new Problem(at.line(), at.column(), Severity.WARNING, message, "");
  }

  static Problem unsupported(Position at, String typeName, String message) {
    return new Problem(at.line(), at.column(), Severity.UNSUPPORTED, message, typeName);
  }

  /**
   * @return whether the question this problem is about was skipped
   */
  public boolean skipsQuestion() {
    return severity != Severity.WARNING;
  }

  /**
   * @return the message with its location, e.g. {@code Line 12, column 5: the answer block is not
   *     closed. ...}
   */
  public String describe() {
    if (line <= 0) {
      return capitalise(message);
    }
    String where = column > 0 ? "Line " + line + ", column " + column : "Line " + line;
    return where + ": " + message;
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  @Override
  public String toString() {
    return severity + " " + describe();
  }
}
