package org.painwise.outcome;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Normalised word runs of a text, hashed: lower-cased, accents and punctuation stripped
 * (apostrophes join their word: "don't" is "dont"), split on white space, every run of {@link
 * #WORDS} consecutive words joined by one space, and SHA-256 in lower-case hex. Two texts that
 * differ only in case, punctuation, line breaks or Markdown share their hashes.
 */
final class Shingles {

  static final int WORDS = 6;

  private Shingles() {}

  static List<String> words(String text) {
    String plain =
        Normalizer.normalize(text, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("['\u2019\u2018`]", "")
            .replaceAll("[^\\p{L}\\p{N}]+", " ")
            .strip();
    return plain.isEmpty() ? List.of() : List.of(plain.split(" "));
  }

  static Set<String> hashes(String text) {
    List<String> words = words(text);
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i + WORDS <= words.size(); i++) {
      out.add(sha256(String.join(" ", words.subList(i, i + WORDS))));
    }
    return out;
  }

  static String sha256(String run) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(run.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The runs of {@code text} whose hash is in {@code banned}, as "word word ..." for the report.
   */
  static List<Integer> hits(String text, Set<String> banned) {
    List<String> words = words(text);
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i + WORDS <= words.size(); i++) {
      if (banned.contains(sha256(String.join(" ", words.subList(i, i + WORDS))))) {
        at.add(i);
      }
    }
    return at;
  }
}
