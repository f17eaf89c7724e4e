package org.painwise.quiz.format;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of one GIFT question after escape processing: every character remembers whether it was
 * escaped (and so can never be a control character) and where it came from in the file.
 */
final class GiftText {

  /** A line of the source: its 1-based number and its text. */
  record Line(int number, String text) {}

  /** A part of the text, {@code from} inclusive to {@code to} exclusive. */
  record Span(int from, int to) {
    boolean isEmpty() {
      return from >= to;
    }
  }

  /**
   * A part of an answer block that starts with a marker such as {@code =} or {@code ~} (0 when
   * none).
   */
  record Segment(char marker, int markerAt, int from, int to) {}

  private final char[] chars;
  private final boolean[] escaped;
  private final int[] lines;
  private final int[] columns;
  private final int length;

  private GiftText(char[] chars, boolean[] escaped, int[] lines, int[] columns, int length) {
    this.chars = chars;
    this.escaped = escaped;
    this.lines = lines;
    this.columns = columns;
    this.length = length;
  }

  /**
   * Joins the lines with newlines, resolving the GIFT escapes {@code \\ \: \# \= \{ \} \~} and
   * {@code \n}. A backslash before any other character is kept as it is, as Moodle does.
   */
  static GiftText of(List<Line> source) {
    int capacity = source.stream().mapToInt(l -> l.text().length() + 1).sum();
    char[] chars = new char[capacity];
    boolean[] escaped = new boolean[capacity];
    int[] lines = new int[capacity];
    int[] columns = new int[capacity];
    int n = 0;
    for (int li = 0; li < source.size(); li++) {
      Line line = source.get(li);
      String s = line.text();
      int i = 0;
      while (i < s.length()) {
        char c = s.charAt(i);
        lines[n] = line.number();
        columns[n] = i + 1;
        if (c == '\\' && i + 1 < s.length() && isEscapable(s.charAt(i + 1))) {
          char next = s.charAt(i + 1);
          chars[n] = next == 'n' ? '\n' : next;
          escaped[n] = true;
          i += 2;
        } else {
          chars[n] = c;
          i++;
        }
        n++;
      }
      if (li < source.size() - 1) {
        chars[n] = '\n';
        lines[n] = line.number();
        columns[n] = s.length() + 1;
        n++;
      }
    }
    return new GiftText(chars, escaped, lines, columns, n);
  }

  private static boolean isEscapable(char c) {
    return c == '\\' || c == ':' || c == '#' || c == '=' || c == '{' || c == '}' || c == '~'
        || c == 'n';
  }

  int length() {
    return length;
  }

  /**
   * @return whether position {@code i} holds {@code c} as a control character (not escaped)
   */
  boolean isControl(int i, char c) {
    return i >= 0 && i < length && chars[i] == c && !escaped[i];
  }

  /**
   * @return the first control character {@code c} in [from, to), or -1
   */
  int indexOf(char c, int from, int to) {
    for (int i = Math.max(from, 0); i < Math.min(to, length); i++) {
      if (isControl(i, c)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * @return the first control {@code ::} in [from, to), or -1
   */
  int indexOfDoubleColon(int from, int to) {
    for (int i = Math.max(from, 0); i + 1 < Math.min(to, length); i++) {
      if (isControl(i, ':') && isControl(i + 1, ':')) {
        return i;
      }
    }
    return -1;
  }

  /**
   * @return the first {@code ->} in [from, to), or -1
   */
  int indexOfArrow(int from, int to) {
    for (int i = Math.max(from, 0); i + 1 < Math.min(to, length); i++) {
      if (chars[i] == '-' && chars[i + 1] == '>') {
        return i;
      }
    }
    return -1;
  }

  /**
   * @return the start of the last run of four control {@code #} in [from, to), or -1
   */
  int lastIndexOfFourHashes(int from, int to) {
    for (int i = Math.min(to, length) - 4; i >= from; i--) {
      if (isControl(i, '#')
          && isControl(i + 1, '#')
          && isControl(i + 2, '#')
          && isControl(i + 3, '#')) {
        return i;
      }
    }
    return -1;
  }

  /**
   * @return the first index in [from, to) that is not whitespace, or {@code to}
   */
  int skipSpace(int from, int to) {
    int i = from;
    while (i < to && Character.isWhitespace(chars[i])) {
      i++;
    }
    return i;
  }

  /**
   * @return the span without leading and trailing whitespace
   */
  Span trim(int from, int to) {
    int a = skipSpace(from, to);
    int b = to;
    while (b > a && Character.isWhitespace(chars[b - 1])) {
      b--;
    }
    return new Span(a, b);
  }

  /**
   * @return the characters in [from, to), escapes resolved, untrimmed
   */
  String raw(int from, int to) {
    return from >= to ? "" : new String(chars, from, to - from);
  }

  /**
   * @return the characters in [from, to), escapes resolved and trimmed
   */
  String text(int from, int to) {
    return raw(from, to).strip();
  }

  String text(Span span) {
    return text(span.from(), span.to());
  }

  /**
   * @return whether [from, to) holds only whitespace
   */
  boolean isBlank(int from, int to) {
    return skipSpace(from, to) >= to;
  }

  /**
   * Splits [from, to) before each control character in {@code markers}. Text before the first
   * marker becomes a segment with marker 0 if it is not blank.
   */
  List<Segment> split(int from, int to, String markers) {
    List<Segment> segments = new ArrayList<>();
    int start = from;
    char marker = 0;
    int markerAt = from;
    for (int i = from; i < to; i++) {
      if (!escaped[i] && markers.indexOf(chars[i]) >= 0) {
        addSegment(segments, marker, markerAt, start, i);
        marker = chars[i];
        markerAt = i;
        start = i + 1;
      }
    }
    addSegment(segments, marker, markerAt, start, to);
    return segments;
  }

  private void addSegment(List<Segment> segments, char marker, int markerAt, int from, int to) {
    if (marker != 0 || !isBlank(from, to)) {
      segments.add(new Segment(marker, marker == 0 ? skipSpace(from, to) : markerAt, from, to));
    }
  }

  /**
   * @return the file position of index {@code i}; past the end, the place after the last character
   */
  Position position(int i) {
    if (length == 0) {
      return Position.UNKNOWN;
    }
    if (i >= length) {
      return new Position(lines[length - 1], columns[length - 1] + 1);
    }
    return new Position(lines[Math.max(i, 0)], columns[Math.max(i, 0)]);
  }
}
