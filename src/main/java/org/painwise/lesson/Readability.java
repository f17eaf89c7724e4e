package org.painwise.lesson;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flesch–Kincaid grade of lesson Markdown: front matter, code, links and markup are stripped, and
 * syllables are counted with the usual vowel-group rule. It matches the team's readability.py to
 * the decimal, so the JUnit test and the script agree.
 */
public final class Readability {

  private static final Pattern FRONT_MATTER =
      Pattern.compile("\\A---\\n.*?\\n---\\n", Pattern.DOTALL);
  private static final Pattern CODE = Pattern.compile("```.*?```", Pattern.DOTALL);
  private static final Pattern HTML = Pattern.compile("<[^>]+>");
  private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\([^)]*\\)");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
  private static final Pattern HEADING =
      Pattern.compile("^\\s{0,3}#{1,6}\\s*(.*)$", Pattern.MULTILINE);
  private static final Pattern LIST_ITEM =
      Pattern.compile("^\\s*[-*+]\\s+(.*)$", Pattern.MULTILINE);
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;]+(?:\\s|$)");
  private static final Pattern HAS_LETTER = Pattern.compile("[A-Za-z]");
  private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z'-]*");
  private static final Pattern VOWEL_GROUP = Pattern.compile("[aeiouy]{1,2}");

  /** Grade, reading ease and number of words of one text. */
  public record Score(double grade, double ease, int words) {}

  private Readability() {}

  public static Score score(String markdown) {
    String text = strip(markdown.replace("\r\n", "\n"));
    long sentences =
        Arrays.stream(SENTENCE_END.split(text, -1))
            .filter(s -> HAS_LETTER.matcher(s).find())
            .count();
    int words = 0;
    int syllables = 0;
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words++;
      syllables += syllables(m.group());
    }
    if (sentences == 0 || words == 0) {
      return new Score(0, 100, 0);
    }
    double wordsPerSentence = (double) words / sentences;
    double syllablesPerWord = (double) syllables / words;
    return new Score(
        0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59,
        206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord,
        words);
  }

  static String strip(String text) {
    text = FRONT_MATTER.matcher(text).replaceAll("");
    text = CODE.matcher(text).replaceAll(" ");
    text = HTML.matcher(text).replaceAll(" ");
    text = IMAGE.matcher(text).replaceAll(" ");
    text = LINK.matcher(text).replaceAll("$1");
    text = HEADING.matcher(text).replaceAll("$1.");
    text = LIST_ITEM.matcher(text).replaceAll("$1.");
    return text.replaceAll("[*_`>|]", " ");
  }

  static int syllables(String word) {
    String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    if (w.isEmpty()) {
      return 0;
    }
    if (w.length() <= 3) {
      return 1;
    }
    w = w.replaceAll("(?:[^laeiouy]es|ed|[^laeiouy]e)$", "").replaceAll("^y", "");
    Matcher m = VOWEL_GROUP.matcher(w);
    int count = 0;
    while (m.find()) {
      count++;
    }
    return Math.max(1, count);
  }
}
