package org.painwise.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.painwise.quiz.format.GiftReader;
import org.painwise.quiz.format.ParseResult;
import org.painwise.quiz.format.ParsedQuestion;
import org.painwise.quiz.format.TranslationPairs;

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

  @ParameterizedTest(name = "{0}: fr/quiz.gift translates every question of quiz.gift")
  @MethodSource("modules")
  void everyFrenchQuizTranslatesEveryEnglishQuestion(String folder) {
    assertEquals(List.of(), quizProblems(real(), folder));
  }

  /**
   * What keeps a module's French quiz from standing for its English one, as the starter import
   * would find it: parse errors, questions that match no English one or do not fit it, and English
   * questions left without French. Empty when the module has no French quiz.
   */
  static List<String> quizProblems(Curriculum curriculum, String folder) {
    Curriculum.ParsedModule module =
        curriculum.modules().stream()
            .filter(m -> m.folder().equals(folder))
            .findFirst()
            .orElseThrow();
    Optional<String> french =
        curriculum.translation(module.slug(), "fr").flatMap(Curriculum.Translation::quizGift);
    if (french.isEmpty() || module.quizGift().isEmpty()) {
      return List.of();
    }
    List<ParsedQuestion> english = new GiftReader().read(module.quizGift().get()).questions();
    ParseResult parsed = new GiftReader().read(french.get());
    TranslationPairs.Result pairs = TranslationPairs.pair(english, parsed.questions());
    List<String> problems = new ArrayList<>();
    parsed.errors().forEach(e -> problems.add(folder + "/fr/quiz.gift: " + e));
    pairs.misfits().forEach(m -> problems.add(folder + "/fr/quiz.gift: " + m));
    for (int i = 0; i < english.size(); i++) {
      if (!pairs.byEnglish().containsKey(i)) {
        problems.add(
            folder + "/fr/quiz.gift: no French for " + english.get(i).title() + " (in English)");
      }
    }
    return problems;
  }

  @Test
  void theQuizCheckFailsOnAnswersInAnotherOrder() {
    SortedMap<String, byte[]> files = CurriculumFiles.readDirectory(TranslationLoadingTest.FIXTURE);
    String folder = TranslationLoadingTest.FOLDER;
    assertEquals(List.of(), quizProblems(CurriculumParser.parse(files), folder));
    String quiz = folder + "/fr/quiz.gift";
    String text = new String(files.get(quiz), StandardCharsets.UTF_8);
    files.put(
        quiz,
        text.replace(
                "  ~Pour vendre quelque chose #Non.\n  =Pour les tests #Oui.",
                "  =Pour les tests #Oui.\n  ~Pour vendre quelque chose #Non.")
            .getBytes(StandardCharsets.UTF_8));
    List<String> problems = quizProblems(CurriculumParser.parse(files), folder);
    assertEquals(2, problems.size(), problems.toString());
    assertTrue(problems.get(0).contains("OTHER_CREDIT"), problems.toString());
    assertTrue(problems.get(1).contains("no French for Q2"), problems.toString());
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
