package org.painwise.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.painwise.quiz.ItemStatistics.Statistics;
import org.painwise.quiz.QuizTransfer.TranslationImport;
import org.painwise.testsupport.AlsoOnPostgreSQL;
import org.painwise.testsupport.InContainer;

/**
 * Quizzes in French (issue 16), in the server: one bank whose questions are translated, attempts
 * that keep their language, the out-of-date marks, statistics per language. Each test on a fresh
 * module and learners.
 */
@AlsoOnPostgreSQL
@ExtendWith(InContainer.class)
class QuizTranslationIT {

  /** {@link QuizFixtures#GIFT} in French: no id tokens, so matched by position. */
  static final String FRENCH =
      """
      // [tag:alpha]
      // [page:page-one#part-a]
      ::A:: Choisissez la bonne {=juste #Oui, juste. ~faux #Non, faux. ####Parce que.}

      // [tag:beta]
      // [page:page-two#part-b]
      ::B:: La douleur est toujours une blessure. {F #C’est faux. #Oui, c’est faux.}
      """;

  /** A short answer, with ids; the French one accepts an answer more. */
  static final String SHORT =
      """
      ::Q1 Quiet:: The alarm can also be ... {=quiet #Yes. =soft #Yes. ####It can be quiet.}
      """;

  static final String SHORT_FRENCH =
      """
      ::Q1 Douce:: L’alarme peut aussi être ... {=douce #Oui. =calme #Oui. =silencieuse #Oui.}
      """;

  @Inject private QuizService quizzes;
  @Inject private QuestionBank bank;
  @Inject private QuizPublishing publishing;
  @Inject private QuizTransfer transfer;
  @Inject private ItemStatistics itemStatistics;
  @Inject private QuizFixtures fixtures;

  private String translatedModule() throws Exception {
    String module = fixtures.moduleWithQuiz();
    TranslationImport imported =
        transfer.importStarterTranslation(module, "fr", FRENCH).orElseThrow();
    assertEquals(2, imported.imported(), String.valueOf(imported.skipped()));
    assertEquals(2, imported.published(), "the published version gets them at once");
    return module;
  }

  private static Sheet.Question stemStarting(Sheet sheet, String start) {
    return sheet.questions().stream()
        .filter(q -> q.stemHtml().startsWith(start))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no question '" + start + "' in " + sheet));
  }

  private static String pick(Sheet.Question q, String label) {
    return q.options().stream()
            .filter(o -> o.html().equals(label))
            .findFirst()
            .orElseThrow()
            .position()
        + "";
  }

  private Question bankQuestion(String module, String search) throws Exception {
    return bank.question(bank.questions(bank.quiz(module).getId(), search, 0, 10).get(0).getId())
        .orElseThrow();
  }

  @Test
  void aFrenchAttemptIsInFrenchAndKeepsItsLanguageToItsReview() throws Exception {
    String module = translatedModule();
    long patient = fixtures.patient();

    long attempt = quizzes.start(patient, module, "fr");
    Sheet sheet = quizzes.openSheet(patient, module).orElseThrow();
    assertEquals("fr", sheet.language());
    assertFalse(sheet.hasUntranslatedQuestions());
    Sheet.Question a = stemStarting(sheet, "Choisissez");
    assertEquals("fr", a.language());
    quizzes.saveAnswer(patient, attempt, a.id(), pick(a, "juste"));

    // The browser now asks for English: the attempt in progress keeps French.
    assertEquals(attempt, quizzes.start(patient, module, "en"));
    assertEquals("fr", quizzes.openSheet(patient, attempt).orElseThrow().language());

    quizzes.submit(patient, attempt, Map.of());
    QuizService.Result result = quizzes.result(patient, attempt);
    assertEquals("fr", result.language());
    assertEquals(50, result.scorePercent(), "the French answer scores as the English one");
    assertTrue(result.questions().stream().allMatch(q -> "fr".equals(q.language())));
    assertTrue(
        result.questions().stream().anyMatch(q -> q.stemHtml().startsWith("La douleur")),
        "the review is in French");
    assertTrue(
        result.questions().stream()
            .flatMap(q -> q.feedback().feedbackHtml().stream())
            .anyMatch(f -> f.contains("Oui, juste.")));
    assertEquals(
        List.of("/lessons/" + module + "/page-two#part-b"),
        result.reviewLinks().stream().map(QuizService.ReviewLink::path).toList(),
        "the review link is the English one: the French page has the same anchors");

    // The same quiz in English for another learner.
    long other = fixtures.patient();
    quizzes.start(other, module);
    Sheet english = quizzes.openSheet(other, module).orElseThrow();
    assertEquals("en", english.language());
    stemStarting(english, "Pick");
  }

  @Test
  void aStarterTranslationIsImportedOnceAndNeverOverwritesTheBank() throws Exception {
    String module = translatedModule();
    assertEquals(Optional.empty(), transfer.importStarterTranslation(module, "fr", FRENCH));

    String misfit = fixtures.moduleWithQuiz();
    TranslationImport partial =
        transfer
            .importStarterTranslation(
                misfit,
                "fr",
                FRENCH.replace(
                    "{=juste #Oui, juste. ~faux #Non, faux.", "{~faux #Non. =juste #Oui."))
            .orElseThrow();
    assertEquals(1, partial.imported(), "answers in another order than English are refused");
    assertEquals(1, partial.skipped().size(), partial.skipped().toString());
  }

  @Test
  void editingEnglishMarksFrenchOutOfDateAndItsLearnersReadEnglishUntilItIsRevised()
      throws Exception {
    String module = translatedModule();
    Question a = bankQuestion(module, "Pick");
    QuestionDraft edit = QuestionDraft.of(a);
    edit.setStem("Pick the right one, new wording");
    bank.save(a.getId(), a.getVersion(), edit);

    assertEquals(
        TranslationState.OUT_OF_DATE,
        bank.translationStates(List.of(a.getId()), "fr").get(a.getId()));
    assertEquals(2, publishing.publish(module, null).getNumber());

    long patient = fixtures.patient();
    quizzes.start(patient, module, "fr");
    Sheet sheet = quizzes.openSheet(patient, module).orElseThrow();
    assertTrue(sheet.hasUntranslatedQuestions());
    assertEquals("en", stemStarting(sheet, "Pick the right one, new wording").language());
    assertEquals("fr", stemStarting(sheet, "La douleur").language());

    // The French is revised: up to date, and English is not marked.
    QuestionDraft french = bank.translationDraft(a.getId(), "fr").orElseThrow();
    french.setStem("Choisissez la bonne, nouvelle formulation");
    long textVersion = bank.translation(a.getId(), "fr").orElseThrow().getVersion();
    bank.saveTranslation(a.getId(), "fr", textVersion, french);
    assertEquals(
        TranslationState.UP_TO_DATE,
        bank.translationStates(List.of(a.getId()), "fr").get(a.getId()));
    assertFalse(bankQuestion(module, "Pick").isTextOutOfDate());

    // A new change in French marks English out of date.
    QuestionDraft again = bank.translationDraft(a.getId(), "fr").orElseThrow();
    again.getChoices().get(0).setFeedback("Oui, c’est la bonne.");
    bank.saveTranslation(
        a.getId(), "fr", bank.translation(a.getId(), "fr").orElseThrow().getVersion(), again);
    assertTrue(bankQuestion(module, "Pick").isTextOutOfDate());
    assertEquals(
        TranslationState.UP_TO_DATE,
        bank.translationStates(List.of(a.getId()), "fr").get(a.getId()));
  }

  @Test
  void aShortAnswerInFrenchTakesItsFrenchAnswers() throws Exception {
    String module = fixtures.moduleWithoutQuiz();
    transfer.importStarter(module, SHORT);
    assertEquals(
        1, transfer.importStarterTranslation(module, "fr", SHORT_FRENCH).orElseThrow().imported());
    long patient = fixtures.patient();
    long attempt = quizzes.start(patient, module, "fr");
    Sheet.Question q = quizzes.openSheet(patient, module).orElseThrow().questions().get(0);
    quizzes.submit(patient, attempt, Map.of(q.id(), "Silencieuse"));
    assertEquals(100, quizzes.result(patient, attempt).scorePercent());
  }

  @Test
  void statisticsAreReadPerLanguageAndTogether() throws Exception {
    String module = translatedModule();
    long french = fixtures.patient();
    long attempt = quizzes.start(french, module, "fr");
    Sheet.Question a = stemStarting(quizzes.openSheet(french, module).orElseThrow(), "Choisissez");
    quizzes.submit(french, attempt, Map.of(a.id(), pick(a, "juste")));
    long english = fixtures.patient();
    long other = quizzes.start(english, module, "en");
    quizzes.submit(english, other, Map.of());

    Statistics all = itemStatistics.statistics(module, Optional.empty()).orElseThrow();
    Statistics inFrench =
        itemStatistics.statistics(module, Optional.empty(), Optional.of("fr")).orElseThrow();
    Statistics inEnglish =
        itemStatistics.statistics(module, Optional.empty(), Optional.of("en")).orElseThrow();
    assertEquals(2, all.attempts());
    assertEquals(1, inFrench.attempts());
    assertEquals(1, inEnglish.attempts());
    ItemStatistics.ItemStats frenchA = inFrench.items().get(0); // question A, in the bank's order
    assertEquals(1.0, frenchA.shareCorrect());
    assertTrue(
        frenchA.choices().stream().anyMatch(c -> c.label().equals("juste") && c.picks() == 1),
        "the French answers, labelled in French: " + frenchA.choices());
    ItemStatistics.ItemStats allA = all.items().get(0);
    assertTrue(
        allA.choices().stream().anyMatch(c -> c.label().equals("right") && c.picks() == 1),
        "together, labelled in English, the French pick counted: " + allA.choices());
  }
}
