package org.painwise.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The copy rule, in both languages: no lesson file (English or French: pages, module.yaml, quizzes,
 * glossaries) shares a run of 10 words with a source text, the seed articles the lessons were
 * written from. It is the check of the team's {@code overlap.py}, with words made of any letters,
 * so that French words with accents are whole words ("réelle", not "r" and "elle").
 *
 * <p>The seeds live outside the repository: {@code -Dpainwise.seeds.dir}, {@code
 * PAINWISE_SEEDS_DIR}, or the team's {@code shared/seeds} beside the checkout. Without them the
 * check of the real lessons is skipped (and says so); the check itself is tested on a fixture.
 */
class CopyRuleTest {

  static final int RUN = 10;
  static final Path LESSONS = Path.of(System.getProperty("painwise.lessons.dir", "lessons"));
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final List<String> LESSON_FILES =
      List.of(".md", ".markdown", ".gift", ".yaml", ".yml", ".txt", ".html");

  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  static Set<String> runs(String text) {
    List<String> words = words(text);
    Set<String> runs = new HashSet<>();
    for (int i = 0; i + RUN <= words.size(); i++) {
      runs.add(String.join(" ", words.subList(i, i + RUN)));
    }
    return runs;
  }

  /** Each lesson file (relative path) that shares runs with the sources, with those runs. */
  static Map<String, Set<String>> shared(Map<String, String> lessons, Map<String, String> sources) {
    Set<String> sourceRuns = new HashSet<>();
    sources.values().forEach(text -> sourceRuns.addAll(runs(text)));
    Map<String, Set<String>> shared = new TreeMap<>();
    lessons.forEach(
        (file, text) -> {
          Set<String> hits = new TreeSet<>(runs(text));
          hits.retainAll(sourceRuns);
          if (!hits.isEmpty()) {
            shared.put(file, hits);
          }
        });
    return shared;
  }

  static Map<String, String> read(Path root, List<String> suffixes) {
    Map<String, String> texts = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
        String name = p.getFileName().toString();
        if (suffixes.stream().anyMatch(name::endsWith)) {
          texts.put(
              root.relativize(p).toString(),
              new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return texts;
  }

  static Optional<Path> seeds() {
    List<String> candidates = new ArrayList<>();
    candidates.add(System.getProperty("painwise.seeds.dir"));
    candidates.add(System.getenv("PAINWISE_SEEDS_DIR"));
    Path here = Path.of("").toAbsolutePath();
    for (Path dir = here; dir != null; dir = dir.getParent()) {
      candidates.add(dir.resolve("shared/seeds").toString());
    }
    return candidates.stream()
        .filter(c -> c != null && !c.isBlank())
        .map(Path::of)
        .filter(Files::isDirectory)
        .findFirst();
  }

  @Test
  void noLessonFileInEitherLanguageSharesTenWordsWithASource() {
    Optional<Path> seeds = seeds();
    Assumptions.assumeTrue(
        seeds.isPresent(), "no seed texts found (set -Dpainwise.seeds.dir): copy rule not checked");
    Map<String, String> sources = read(seeds.get(), List.of(".txt", ".md"));
    assertTrue(!sources.isEmpty(), "no .txt or .md source in " + seeds.get());
    Map<String, String> lessons = read(LESSONS, LESSON_FILES);
    assertTrue(lessons.keySet().stream().anyMatch(f -> f.endsWith(".md")));
    Map<String, Set<String>> shared = shared(lessons, sources);
    assertEquals(
        Map.of(), shared, "lesson files that share runs of " + RUN + " words with " + seeds.get());
  }

  @Test
  void theCheckFindsACopiedRunInEitherLanguageAndNothingShorter() {
    Map<String, String> sources =
        Map.of(
            "seed.txt",
            "Normally, pain is our built-in alarm system. It makes us aware that there may be a"
                + " danger. La douleur est une alarme intégrée qui nous prévient d’un danger"
                + " possible pour le corps.");
    Map<String, String> lessons =
        Map.of(
            "01-x/01-en.md",
            "# Title\n\nPain is our *built-in* alarm system. It makes us aware, they say.",
            "01-x/fr/01-en.md",
            "Votre douleur est une alarme intégrée qui nous prévient d’un danger, dit-on.",
            "01-x/02-own.md",
            "Pain is our alarm. It makes us aware that there may be harm, sometimes.");
    Map<String, Set<String>> shared = shared(lessons, sources);
    assertEquals(
        Set.of(
            "pain is our built in alarm system it makes us",
            "is our built in alarm system it makes us aware"),
        shared.get("01-x/01-en.md"),
        "punctuation and case do not hide a copied run");
    assertEquals(
        Set.of(
            "douleur est une alarme intégrée qui nous prévient d un",
            "est une alarme intégrée qui nous prévient d un danger"),
        shared.get("01-x/fr/01-en.md"),
        "French words keep their accents");
    assertTrue(!shared.containsKey("01-x/02-own.md"), "runs of fewer than 10 words are fine");
  }
}
