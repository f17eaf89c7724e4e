package org.painwise.lesson;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reading scores of lesson Markdown: front matter, code, links and markup are stripped first.
 *
 * <ul>
 *   <li>English: Flesch–Kincaid grade and Flesch reading ease, syllables counted with the usual
 *       vowel-group rule. It matches the team's readability.py to the decimal.
 *   <li>French: Kandel–Moles reading ease (207 − 1.015 × words per sentence − 73.6 × syllables per
 *       word), with the French syllable rule of {@link #frenchSyllables}. It matches the
 *       translators' fr_readability.py to the decimal (the same stripping, heading anchors {@code
 *       {#...}} included, the same words, sentences and syllables).
 * </ul>
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

  /** French: letters of words (as fr_readability.py: capital accented letters are not in it). */
  private static final String FR_LETTERS = "a-zA-Zàâäçéèêëîïôöùûüÿœæ";

  private static final String FR_VOWELS = "aeiouyàâäéèêëîïôöùûüÿœæ";

  /**
   * Python's regular expressions: {@code \s} is any Unicode space (a non-breaking space before
   * {@code :} or inside « » too), and only {@code \n} ends a line.
   */
  private static final int PYTHON_LIKE = Pattern.UNICODE_CHARACTER_CLASS | Pattern.UNIX_LINES;

  private static final Pattern FR_FRONT_MATTER =
      Pattern.compile("\\A---\\n.*?\\n---\\n", Pattern.DOTALL | PYTHON_LIKE);
  private static final Pattern FR_CODE = Pattern.compile("```.*?```", Pattern.DOTALL | PYTHON_LIKE);
  private static final Pattern FR_ANCHOR = Pattern.compile("\\{#[^}]*\\}");
  private static final Pattern FR_HEADING =
      Pattern.compile("^\\s{0,3}#{1,6}\\s*(.*)$", Pattern.MULTILINE | PYTHON_LIKE);
  private static final Pattern FR_LIST_ITEM =
      Pattern.compile("^\\s*[-*+]\\s+(.*)$", Pattern.MULTILINE | PYTHON_LIKE);
  private static final Pattern FR_SENTENCE_END = Pattern.compile("[.!?:;]+(?:\\s|$)", PYTHON_LIKE);
  private static final Pattern FR_HAS_LETTER = Pattern.compile("[" + FR_LETTERS + "]");
  private static final Pattern FR_WORD = Pattern.compile("[" + FR_LETTERS + "]+");
  private static final Pattern FR_VOWEL_GROUP = Pattern.compile("[" + FR_VOWELS + "]+");
  private static final Pattern FR_MUTE_E = Pattern.compile("[^" + FR_VOWELS + "]es?$");
  private static final Pattern FR_MUTE_ENT = Pattern.compile("[^" + FR_VOWELS + "]ent$");

  /** Grade, reading ease and number of words of one text. */
  public record Score(double grade, double ease, int words) {}

  /** Kandel–Moles reading ease and number of words of one French text. */
  public record Ease(double ease, int words) {}

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

  /**
   * Kandel–Moles reading ease of French lesson Markdown: 207 − 1.015 × words per sentence − 73.6 ×
   * syllables per word; 60 or more is plain French. A text without words scores 100.
   */
  public static Ease kandelMoles(String markdown) {
    String text = stripFrench(markdown.replace("\r\n", "\n"));
    long sentences =
        Arrays.stream(FR_SENTENCE_END.split(text, -1))
            .filter(s -> FR_HAS_LETTER.matcher(s).find())
            .count();
    int words = 0;
    int syllables = 0;
    Matcher m = FR_WORD.matcher(text);
    while (m.find()) {
      words++;
      syllables += frenchSyllables(m.group());
    }
    if (sentences == 0 || words == 0) {
      return new Ease(100, 0);
    }
    return new Ease(207 - 1.015 * words / sentences - 73.6 * syllables / (double) words, words);
  }

  static String stripFrench(String text) {
    text = FR_FRONT_MATTER.matcher(text).replaceAll("");
    text = FR_CODE.matcher(text).replaceAll(" ");
    text = HTML.matcher(text).replaceAll(" ");
    text = IMAGE.matcher(text).replaceAll(" ");
    text = LINK.matcher(text).replaceAll("$1");
    text = FR_ANCHOR.matcher(text).replaceAll("");
    text = FR_HEADING.matcher(text).replaceAll("$1.");
    text = FR_LIST_ITEM.matcher(text).replaceAll("$1.");
    return text.replaceAll("[*_`>|]", " ");
  }

  /**
   * Syllables of a French word, by the rule the translators' fr_readability.py uses: each group of
   * vowels (a e i o u y, their accented forms, œ and æ) is one syllable; a mute final e ({@code
   * -e}, {@code -es}, and the verb ending {@code -ent} after a consonant in a word of five letters
   * or more) is not a syllable when the word has another vowel group. At least 1.
   */
  public static int frenchSyllables(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    int groups = 0;
    Matcher m = FR_VOWEL_GROUP.matcher(w);
    while (m.find()) {
      groups++;
    }
    if (groups > 1
        && (FR_MUTE_E.matcher(w).find() || (FR_MUTE_ENT.matcher(w).find() && w.length() > 4))) {
      groups--;
    }
    return Math.max(groups, 1);
  }
}
