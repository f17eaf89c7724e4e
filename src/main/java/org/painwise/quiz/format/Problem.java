package org.painwise.quiz.format;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Something wrong or unsupported in a quiz file, located by line and column. It carries no text for
 * people: a message key of the {@code i18n/messages} bundle and the arguments of its pattern, which
 * the view formats in the reader's language. For example the key {@code
 * quiz_import.problem.answerWithoutText} with the arguments {@code ["2"]}.
 *
 * @param line 1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 * @param severity whether the question was skipped, kept, or of an unsupported type
 * @param key the message key, e.g. {@code quiz_import.problem.blockNotClosed}
 * @param args the arguments of the message, in the order of its placeholders ({@code {0}}, ...)
 * @param unsupportedType for {@link Severity#UNSUPPORTED}: the type's name, e.g. {@code essay};
 *     empty otherwise
 */
public record Problem(
    int line, int column, Severity severity, String key, List<String> args, String unsupportedType)
    implements Serializable {

  /** How serious a problem is. */
  public enum Severity {
    /** The question is wrong and was skipped. */
    ERROR,
    /** The question was kept, but something about it looks wrong or will not work in Moodle. */
    WARNING,
    /** The question is of a type the model does not support; it was skipped. */
    UNSUPPORTED
  }

  /** Checks the values, copies the arguments and replaces a null type name by an empty string. */
  public Problem {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(key, "key");
    args = args == null ? List.of() : List.copyOf(args);
    unsupportedType = unsupportedType == null ? "" : unsupportedType;
  }

  static Problem error(Position at, String key, Object... args) {
    return new Problem(at.line(), at.column(), Severity.ERROR, key, strings(args), "");
  }

  static Problem warning(Position at, String key, Object... args) {
    return new Problem(at.line(), at.column(), Severity.WARNING, key, strings(args), "");
  }

  static Problem unsupported(Position at, String typeName, String key, Object... args) {
    return new Problem(at.line(), at.column(), Severity.UNSUPPORTED, key, strings(args), typeName);
  }

  private static List<String> strings(Object... args) {
    return Arrays.stream(args).map(String::valueOf).toList();
  }

  /**
   * @return whether the question this problem is about was skipped
   */
  public boolean skipsQuestion() {
    return severity != Severity.WARNING;
  }

  /**
   * For logs and test failures only, never for people: the place, the key and the arguments, e.g.
   * {@code 12:5 quiz_import.problem.answerWithoutText [2]}.
   */
  public String describe() {
    return line + ":" + column + " " + key + (args.isEmpty() ? "" : " " + args);
  }

  @Override
  public String toString() {
    return severity + " " + describe();
  }
}
