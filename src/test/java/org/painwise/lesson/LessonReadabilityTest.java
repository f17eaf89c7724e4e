package org.painwise.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every English lesson page reads at Flesch–Kincaid grade 8 or below. French pages (in the modules'
 * {@code fr/} folders) have their own measure: {@link FrenchReadabilityTest}.
 */
class LessonReadabilityTest {

  static final double MAX_GRADE = 8.0;
  static final Path LESSONS = Path.of(System.getProperty("painwise.lessons.dir", "lessons"));

  @Test
  void everyLessonFileReadsAtGradeEightOrBelow() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(LESSONS)) {
      files =
          walk.filter(p -> p.toString().endsWith(".md"))
              .filter(p -> !LESSONS.relativize(p).toString().matches("[^/]+/fr/.*"))
              .sorted()
              .toList();
    }
    assertTrue(files.size() >= 7 * 3, "the curriculum has at least 3 pages in each of 7 modules");
    List<String> over =
        files.stream()
            .map(
                f -> {
                  Readability.Score s = Readability.score(read(f));
                  return s.words() >= 60 && s.grade() > MAX_GRADE
                      ? String.format("%s: grade %.1f", LESSONS.relativize(f), s.grade())
                      : null;
                })
            .filter(x -> x != null)
            .collect(Collectors.toList());
    assertTrue(over.isEmpty(), "Pages above grade " + MAX_GRADE + ":\n" + String.join("\n", over));
  }

  @Test
  void theFormulaMatchesKnownValues() {
    // A plain text: 2 sentences, 11 words, 12 syllables ("happy" has two).
    Readability.Score plain = Readability.score("The cat sat on the mat. It was a happy cat.");
    assertEquals(11, plain.words());
    assertEquals(0.39 * 11 / 2 + 11.8 * 12 / 11 - 15.59, plain.grade(), 1e-9);

    // Long words and long sentences score higher than short ones.
    Readability.Score hard =
        Readability.score(
            "Nociceptive information undergoes considerable "
                + "modulation throughout the neuroanatomical pathways of the spinal cord.");
    assertTrue(hard.grade() > 14, "grade " + hard.grade());

    // Markdown, links and front matter are not counted.
    Readability.Score md =
        Readability.score(
            "---\ntitle: A title with words\n---\n"
                + "## Heading\n\nSee [the nerves](glossary:nerve) here.");
    assertEquals(5, md.words());
  }

  @Test
  void syllablesFollowTheVowelGroupRule() {
    assertEquals(1, Readability.syllables("the"));
    assertEquals(1, Readability.syllables("pain"));
    assertEquals(2, Readability.syllables("nervous"));
    assertEquals(1, Readability.syllables("hurt"));
    assertEquals(2, Readability.syllables("alarm"));
  }

  private static String read(Path f) {
    try {
      return Files.readString(f);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
