package org.painwise.quiz;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Whether a typed short answer matches an accepted one. Exact mode ignores case and the spaces
 * around and between words. Lenient mode also ignores everything that is not a letter or a digit
 * (so "Cortisol." matches "cortisol" and "flare ups" matches "flare-ups"), and, when the accepted
 * answer has at least {@value #SLIP_MIN_LENGTH} letters or digits, allows one slip: one letter
 * added, missing or wrong ("spinal chord" matches "spinal cord"). An empty answer never matches.
 */
public final class AnswerMatch {

  /** The shortest accepted answer, in letters and digits, that allows one slip. */
  public static final int SLIP_MIN_LENGTH = 6;

  private AnswerMatch() {}

  public static boolean matches(String typed, String accepted, boolean lenient) {
    return lenient ? lenientMatch(typed, accepted) : exactMatch(typed, accepted);
  }

  private static boolean exactMatch(String typed, String accepted) {
    String t = spaced(typed);
    return !t.isEmpty() && t.equals(spaced(accepted));
  }

  private static boolean lenientMatch(String typed, String accepted) {
    String t = compact(typed);
    String a = compact(accepted);
    if (t.isEmpty() || a.isEmpty()) {
      return false;
    }
    return t.equals(a)
        || (a.codePointCount(0, a.length()) >= SLIP_MIN_LENGTH && withinOneEdit(t, a));
  }

  /** Case, surrounding spaces and runs of spaces do not count. */
  static String spaced(String text) {
    return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** Lower case, letters and digits only (accents composed first, so "é" is one letter). */
  static String compact(String text) {
    StringBuilder kept = new StringBuilder();
    Normalizer.normalize(text, Normalizer.Form.NFC)
        .toLowerCase(Locale.ROOT)
        .codePoints()
        .filter(Character::isLetterOrDigit)
        .forEach(kept::appendCodePoint);
    return kept.toString();
  }

  /** Whether the Levenshtein distance between the two is at most 1, by code point. */
  static boolean withinOneEdit(String first, String second) {
    int[] a = first.codePoints().toArray();
    int[] b = second.codePoints().toArray();
    if (a.length > b.length) {
      int[] swap = a;
      a = b;
      b = swap;
    }
    if (b.length - a.length > 1) {
      return false;
    }
    int i = 0;
    while (i < a.length && a[i] == b[i]) {
      i++;
    }
    // Past the first difference, the rest must be equal after one substitution (same lengths) or
    // one insertion into the shorter.
    int skip = a.length == b.length ? 1 : 0;
    for (int j = i + skip; j < a.length; j++) {
      if (a[j] != b[j + 1 - skip]) {
        return false;
      }
    }
    return true;
  }
}
