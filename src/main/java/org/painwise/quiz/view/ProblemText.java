package org.painwise.quiz.view;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.painwise.quiz.format.Problem;

/**
 * Turns an import {@link Problem} (a message key and its arguments) into a sentence of the reader's
 * bundle, with its place: {@code Line 12, column 5: answer 2 has no text.}
 */
public final class ProblemText {

  static final String WHERE = "educator_import.problem.where";
  static final String WHERE_LINE = "educator_import.problem.whereLine";

  private ProblemText() {}

  /**
   * @param problem the problem to describe
   * @param bundle the {@code i18n/messages} bundle of the reader's language
   * @return the problem's message with its line and column (or only its line when the column is
   *     unknown); without a known line, the message alone, capitalised
   */
  public static String describe(Problem problem, ResourceBundle bundle) {
    String message = format(bundle, problem.key(), problem.args().toArray());
    if (problem.line() <= 0) {
      return capitalise(message, bundle.getLocale());
    }
    String line = String.valueOf(problem.line());
    return problem.column() > 0
        ? format(bundle, WHERE, line, String.valueOf(problem.column()), message)
        : format(bundle, WHERE_LINE, line, message);
  }

  /**
   * Always through MessageFormat, so that the patterns are written the same way with or without
   * arguments.
   */
  private static String format(ResourceBundle bundle, String key, Object... args) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return key + (args.length == 0 ? "" : " " + Arrays.toString(args));
    }
    return new MessageFormat(pattern, bundle.getLocale()).format(args);
  }

  private static String capitalise(String s, Locale locale) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(locale) + s.substring(1);
  }
}
