package org.painwise.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every module of the real curriculum is in French (issue 16), unless its English module.yaml marks
 * it as not translated yet with the line {@code translations: {fr: pending}}: then its missing
 * French files are not reported. The French files a module has must load (no broken file) and be
 * translations of the English files as they are now (no stale {@code translationOf}). The glossary
 * is checked once: {@code glossary.fr.yaml} must translate every term once any module is
 * translated.
 *
 * <p>Merging the translations: remove the module's {@code translations:} line from its English
 * module.yaml; this test then says what is still missing.
 */
class TranslationCoverageTest {

  static final Path LESSONS = Path.of(System.getProperty("painwise.lessons.dir", "lessons"));

  private static Curriculum real;

  private static synchronized Curriculum real() {
    if (real == null) {
      real = CurriculumParser.parse(CurriculumFiles.readDirectory(LESSONS));
    }
    return real;
  }

  static Stream<String> modules() {
    List<String> folders =
        real().modules().stream().map(Curriculum.ParsedModule::folder).sorted().toList();
    assertTrue(folders.size() >= 12, "the curriculum's modules load: " + folders);
    return folders.stream();
  }

  /** The translation problems of one module's files, as the loader reports them. */
  static List<String> translationProblems(Curriculum curriculum, String folder) {
    return curriculum.problems().stream()
        .filter(p -> p.file().startsWith(folder + "/"))
        .filter(
            p ->
                p.kind() != LoadProblem.Kind.BROKEN
                    || p.file().startsWith(folder + "/fr/")
                    || p.file().matches(".*\\.fr\\.svg$"))
        .map(LoadProblem::toString)
        .toList();
  }

  @ParameterizedTest(name = "{0} is in French, or marked translations: '{'fr: pending'}'")
  @MethodSource("modules")
  void everyModuleIsTranslatedOrMarkedPending(String folder) {
    assertEquals(List.of(), translationProblems(real(), folder));
  }

  @Test
  void theGlossaryIsTranslatedOnceAModuleIs() {
    assertEquals(
        List.of(),
        real().problems().stream()
            .filter(p -> p.file().startsWith("glossary."))
            .map(LoadProblem::toString)
            .toList());
  }

  @Test
  void theCheckFailsForAModuleWithoutFrenchUnlessItIsMarked() {
    SortedMap<String, byte[]> files = CurriculumFiles.readDirectory(TranslationLoadingTest.FIXTURE);
    String folder = TranslationLoadingTest.FOLDER;
    files.keySet().removeIf(p -> p.startsWith(folder + "/fr/"));
    List<String> unmarked = translationProblems(CurriculumParser.parse(files), folder);
    assertEquals(7, unmarked.size(), unmarked.toString());
    assertTrue(unmarked.get(0).startsWith(folder + "/fr/module.yaml: not translated yet"));

    String yaml = folder + "/module.yaml";
    String text = new String(files.get(yaml), StandardCharsets.UTF_8);
    files.put(yaml, (text + "translations: {fr: pending}\n").getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of(), translationProblems(CurriculumParser.parse(files), folder));
  }

  @Test
  void theCheckFailsOnAStaleOrBrokenFrenchFile() {
    List<String> fixture =
        translationProblems(
            CurriculumParser.parse(CurriculumFiles.readDirectory(TranslationLoadingTest.FIXTURE)),
            TranslationLoadingTest.FOLDER);
    assertEquals(3, fixture.size(), fixture.toString());
    assertTrue(fixture.stream().anyMatch(p -> p.contains("/fr/03-not-yet.md: not translated")));
    assertTrue(fixture.stream().anyMatch(p -> p.contains("/fr/04-old-news.md:")));
    assertTrue(fixture.stream().anyMatch(p -> p.contains("/fr/05-wrong-anchors.md:")));
  }
}
