package org.painwise.quiz.format;

/** Text helpers shared by the readers and writers. */
final class Texts {
  private static final int SHORT = 40;

  private Texts() {}

  /**
   * @return {@code s} with CR LF and lone CR turned into LF
   */
  static String normaliseNewlines(String s) {
    return s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n');
  }

  /**
   * @return {@code s} on one line and cut to a length that reads well inside a message
   */
  static String shorten(String s) {
    String oneLine = s.replace('\r', ' ').replace('\n', ' ');
    return oneLine.length() <= SHORT ? oneLine : oneLine.substring(0, SHORT - 3) + "...";
  }
}
