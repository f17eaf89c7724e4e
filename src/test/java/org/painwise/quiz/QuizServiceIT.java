package org.painwise.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.painwise.quiz.Sheet.Outcome;
import org.painwise.quiz.format.QuestionType;
import org.painwise.testsupport.AlsoOnPostgreSQL;
import org.painwise.testsupport.InContainer;

/** The quiz engine in the server, through its services, each test on a fresh module and learner. */
@AlsoOnPostgreSQL
@ExtendWith(InContainer.class)
class QuizServiceIT {

  @Inject private QuizService quizzes;
  @Inject private QuestionBank bank;
  @Inject private QuizPublishing publishing;
  @Inject private QuizTransfer transfer;
  @Inject private ItemStatistics itemStatistics;
  @Inject private QuizFixtures fixtures;

  /** The single-choice question A and the encoding of its answer "right" or "wrong". */
  private Sheet.Question questionA(Sheet sheet) {
    return sheet.questions().stream()
        .filter(q -> q.stemHtml().startsWith("Pick"))
        .findFirst()
        .orElseThrow();
  }

  private static String pick(Sheet.Question q, String label) {
    return q.options().stream()
            .filter(o -> o.html().equals(label))
            .findFirst()
            .orElseThrow()
            .position()
        + "";
  }

  @Test
  void anAttemptIsSavedAndResumed() throws Exception {
    String module = fixtures.moduleWithQuiz();
    long patient = fixtures.patient();

    long attempt = quizzes.start(patient, module);
    Sheet sheet = quizzes.openSheet(patient, module).orElseThrow();
    Sheet.Question a = questionA(sheet);
    quizzes.saveAnswer(patient, attempt, a.id(), pick(a, "right"));

    // Later, in another session: the same attempt, the same order, the saved answer.
    assertEquals(attempt, quizzes.start(patient, module));
    Sheet resumed = quizzes.openSheet(patient, module).orElseThrow();
    assertEquals(attempt, resumed.attemptId());
    assertEquals(
        sheet.questions().stream().map(Sheet.Question::id).toList(),
        resumed.questions().stream().map(Sheet.Question::id).toList());
    assertEquals(pick(a, "right"), questionA(resumed).saved());
  }

  @Test
  void aSaveSentAgainIsNotAChangeMadeElsewhere() throws Exception {
    String module = fixtures.moduleWithQuiz();
    long patient = fixtures.patient();
    long attempt = quizzes.start(patient, module);
    Sheet sheet = quizzes.openSheet(patient, module).orElseThrow();
    Sheet.Question a = questionA(sheet);
    long seen = sheet.revision();

    // A cluster node stores a save and dies before it answers; the balancer sends it again to the
    // other node, with the revision the page had.
    QuizService.Saved first = quizzes.saveAnswer(patient, attempt, a.id(), pick(a, "right"), seen);
    QuizService.Saved again = quizzes.saveAnswer(patient, attempt, a.id(), pick(a, "right"), seen);
    assertFalse(first.changedElsewhere());
    assertFalse(again.changedElsewhere(), "the same save, sent again");

    // Another window chose otherwise since the page's revision: that is a change made elsewhere.
    long page = again.revision();
    quizzes.saveAnswer(patient, attempt, a.id(), pick(a, "wrong"), page);
    assertTrue(
        quizzes.saveAnswer(patient, attempt, a.id(), pick(a, "right"), page).changedElsewhere());
  }

  @Test
  void aDoubleSubmitCountsOnce() throws Exception {
    String module = fixtures.moduleWithQuiz();
    long patient = fixtures.patient();
    long attempt = quizzes.start(patient, module);
    Sheet.Question a = questionA(quizzes.openSheet(patient, module).orElseThrow());

    assertTrue(quizzes.submit(patient, attempt, Map.of(a.id(), pick(a, "right"))));
    assertFalse(
        quizzes.submit(patient, attempt, Map.of(a.id(), pick(a, "wrong"))),
        "the second submit changes nothing");

    QuizService.Overview overview = quizzes.overview(patient, module);
    assertEquals(1, overview.submitted().size());
    assertEquals(50, quizzes.result(patient, attempt).scorePercent());
    assertThrows(
        AttemptClosedException.class,
        () -> quizzes.saveAnswer(patient, attempt, a.id(), pick(a, "wrong")));
  }

  @Test
  void answersSavedAtTheSameMomentAsTheSubmitAreNeitherLostNorDuplicated() throws Exception {
    String module = fixtures.moduleWithQuiz();
    long patient = fixtures.patient();
    long attempt = quizzes.start(patient, module);
    Sheet.Question a = questionA(quizzes.openSheet(patient, module).orElseThrow());
    String right = pick(a, "right");

    // What a browser does when the last radio's ajax save and the submit leave together: the
    // first save of a question inserts its answer row, so without a lock these collide.
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(6);
    try {
      List<java.util.concurrent.Future<?>> calls = new java.util.ArrayList<>();
      for (int i = 0; i < 5; i++) {
        calls.add(pool.submit(() -> quizzes.saveAnswer(patient, attempt, a.id(), right)));
      }
      calls.add(pool.submit(() -> quizzes.submit(patient, attempt, Map.of(a.id(), right))));
      for (java.util.concurrent.Future<?> call : calls) {
        try {
          call.get();
        } catch (java.util.concurrent.ExecutionException e) {
          // A save that arrives after the submit is refused cleanly; nothing else may fail.
          assertTrue(e.getCause() instanceof AttemptClosedException, String.valueOf(e.getCause()));
        }
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(
        50,
        quizzes.result(patient, attempt).scorePercent(),
        "the answer counted once, right; the other question unanswered");
    assertEquals(1, fixtures.answerRows(attempt, a.id()));
  }

  @Test
  void resultsLinkTheMissedConceptsToTheirLessonPages() throws Exception {
    String module = fixtures.moduleWithQuiz();
    long patient = fixtures.patient();
    long attempt = quizzes.start(patient, module);
    Sheet.Question a = questionA(quizzes.openSheet(patient, module).orElseThrow());
    quizzes.submit(patient, attempt, Map.of(a.id(), pick(a, "right")));

    QuizService.Result result = quizzes.result(patient, attempt);
    assertFalse(result.passed());
    assertEquals(
        List.of("/lessons/" + module + "/page-two#part-b"),
        result.reviewLinks().stream().map(QuizService.ReviewLink::path).toList());
    assertEquals(Optional.of(50), result.overview().grade());
    long moduleId = quizzes.quizForModule(module).orElseThrow().moduleId();
    assertEquals(Map.of(moduleId, 50), quizzes.latestScores(patient));
    assertTrue(quizzes.passedModuleIds(patient).isEmpty());
  }

  @Test
  void passingCountsForProgressAndBestOrLastGrading() throws Exception {
    String module = fixtures.moduleWithQuiz();
    long patient = fixtures.patient();
    long moduleId = quizzes.quizForModule(module).orElseThrow().moduleId();
    passWith(patient, module, true);
    passWith(patient, module, false);

    assertEquals(java.util.Set.of(moduleId), quizzes.passedModuleIds(patient), "best counts");
    assertEquals(0, quizzes.latestScores(patient).get(moduleId));

    QuizSettings last = QuizSettings.of(bank.quiz(module));
    last.setGrading(Grading.LAST);
    bank.saveSettings(module, last);
    assertTrue(quizzes.passedModuleIds(patient).isEmpty(), "last counts");
  }

  private void passWith(long patient, String module, boolean allRight) throws Exception {
    long attempt = quizzes.start(patient, module);
    Sheet sheet = quizzes.openSheet(patient, module).orElseThrow();
    Map<Long, String> answers = new java.util.HashMap<>();
    for (Sheet.Question q : sheet.questions()) {
      String label =
          q.stemHtml().startsWith("Pick")
              ? (allRight ? "right" : "wrong")
              : (allRight ? "False" : "True");
      answers.put(q.id(), pick(q, label));
    }
    quizzes.submit(patient, attempt, answers);
  }

  @Test
  void maxAttemptsAreEnforced() throws Exception {
    String module = fixtures.moduleWithQuiz();
    long patient = fixtures.patient();
    QuizSettings once = QuizSettings.of(bank.quiz(module));
    once.setMaxAttempts(1);
    once.setShuffleQuestions(true);
    once.setShuffleChoices(true);
    bank.saveSettings(module, once);
    quizzes.submit(patient, quizzes.start(patient, module), Map.of());

    assertThrows(NoAttemptsLeftException.class, () -> quizzes.start(patient, module));
  }

  @Test
  void immediateFeedbackLocksTheCheckedAnswer() throws Exception {
    String module = fixtures.moduleWithQuiz();
    long patient = fixtures.patient();
    QuizSettings immediate = QuizSettings.of(bank.quiz(module));
    immediate.setFeedbackMode(FeedbackMode.IMMEDIATE);
    bank.saveSettings(module, immediate);
    long attempt = quizzes.start(patient, module);
    Sheet.Question a = questionA(quizzes.openSheet(patient, module).orElseThrow());

    Sheet.Feedback feedback = quizzes.check(patient, attempt, a.id(), pick(a, "wrong"));
    assertEquals(Outcome.WRONG, feedback.outcome());
    assertEquals(List.of("No, wrong."), feedback.feedbackHtml());
    assertThrows(
        AttemptClosedException.class,
        () -> quizzes.saveAnswer(patient, attempt, a.id(), pick(a, "right")));
    assertTrue(quizzes.openSheet(patient, module).orElseThrow().checked().containsKey(a.id()));
  }

  @Test
  void aNewVersionLeavesOldAttemptsIntact() throws Exception {
    String module = fixtures.moduleWithQuiz();
    long patient = fixtures.patient();
    long old = quizzes.start(patient, module);
    quizzes.submit(patient, old, Map.of());
    long inProgress = quizzes.start(patient, module);

    Question a =
        bank.question(bank.questions(bank.quiz(module).getId(), "Pick", 0, 10).get(0).getId())
            .orElseThrow();
    QuestionDraft edit = QuestionDraft.of(a);
    edit.setStem("Choose the right one, new wording");
    bank.save(a.getId(), a.getVersion(), edit);
    assertEquals(2, publishing.publish(module, null).getNumber());

    QuizService.Result before = quizzes.result(patient, old);
    assertEquals(1, before.versionNumber());
    assertTrue(before.questions().stream().anyMatch(q -> q.stemHtml().startsWith("Pick")));
    assertTrue(
        quizzes.openSheet(patient, module).orElseThrow().questions().stream()
            .anyMatch(q -> q.stemHtml().startsWith("Pick")),
        "a started attempt keeps its version");
    quizzes.submit(patient, inProgress, Map.of());
    quizzes.start(patient, module);
    assertTrue(
        quizzes.openSheet(patient, module).orElseThrow().questions().stream()
            .anyMatch(q -> q.stemHtml().startsWith("Choose")),
        "a new attempt gets version 2");
  }

  @Test
  void aConflictingEditIsRefused() throws Exception {
    String module = fixtures.moduleWithQuiz();
    Question a =
        bank.question(bank.questions(bank.quiz(module).getId(), "Pick", 0, 10).get(0).getId())
            .orElseThrow();
    QuestionDraft first = QuestionDraft.of(a);
    QuestionDraft second = QuestionDraft.of(a);
    first.setStem("First educator's wording");
    second.setStem("Second educator's wording");

    bank.save(a.getId(), a.getVersion(), first);
    assertThrows(
        QuestionConflictException.class, () -> bank.save(a.getId(), a.getVersion(), second));
    assertEquals(
        "First educator's wording",
        bank.question(a.getId()).orElseThrow().getStem(),
        "nothing was overwritten");
  }

  @Test
  void aQuestionWithoutACorrectAnswerBlocksPublishingAndIsNamed() throws Exception {
    String module = fixtures.moduleWithQuiz();
    QuestionDraft broken =
        new QuestionDraft(org.painwise.quiz.format.QuestionType.SINGLE_CHOICE, "Which is it?");
    broken.setTitle("No right answer");
    broken.addChoice("this", 0, "");
    broken.addChoice("that", 0, "");
    bank.create(module, broken);

    QuizNotPublishableException e =
        assertThrows(QuizNotPublishableException.class, () -> publishing.publish(module, null));
    assertEquals(List.of("3. No right answer"), e.questions());
    assertEquals(
        List.of("quiz.rule.noCorrectAnswer"),
        e.problems().stream().map(QuizNotPublishableException.Unpublishable::ruleKey).toList());
  }

  @Test
  void aMatchingQuestionWithOnePairBlocksPublishingAndNamesTheMatchingRule() throws Exception {
    String module = fixtures.moduleWithQuiz();
    QuestionDraft pairs =
        new QuestionDraft(org.painwise.quiz.format.QuestionType.MATCHING, "Match them.");
    pairs.setTitle("One pair");
    pairs.addChoice("alarm", 100, "").setMatchText("warns");
    pairs.addChoice("brain", 100, "");
    bank.create(module, pairs);

    QuizNotPublishableException e =
        assertThrows(QuizNotPublishableException.class, () -> publishing.publish(module, null));
    assertEquals(List.of("3. One pair"), e.questions());
    assertEquals(
        List.of("quiz.rule.matchingPairs"),
        e.problems().stream().map(QuizNotPublishableException.Unpublishable::ruleKey).toList());
    assertEquals(1, bank.quiz(module).getLatestVersion(), "nothing was published");
  }

  @Test
  void readingAModuleWithoutAQuizSavesNothingTheFirstQuestionCreatesIt() throws Exception {
    String module = fixtures.moduleWithoutQuiz();

    Quiz unsaved = bank.quiz(module);
    assertEquals(null, unsaved.getId());
    assertEquals(Quiz.DEFAULT_PASS_MARK, unsaved.getPassMark());
    assertEquals(Optional.empty(), itemStatistics.statistics(module, Optional.empty()));
    assertEquals("", transfer.export(module, QuizTransfer.FileFormat.GIFT).strip());
    assertThrows(QuizNotPublishableException.class, () -> publishing.publish(module, null));
    assertTrue(bank.find(module).isEmpty(), "no read created the quiz");
    assertThrows(QuizNotFoundException.class, () -> bank.quiz("no-such-module"));

    QuestionDraft first =
        new QuestionDraft(org.painwise.quiz.format.QuestionType.TRUE_FALSE, "Pain is an alarm.");
    first.addChoice("True", 100, "");
    first.addChoice("False", 0, "");
    bank.create(module, first);
    assertEquals(1, bank.countQuestions(bank.find(module).orElseThrow().getId(), null));
  }

  @Test
  void settingsThatBreakTheirRulesAreRefusedAndNothingIsSaved() throws Exception {
    String module = fixtures.moduleWithQuiz();
    QuizSettings tooHigh = QuizSettings.of(bank.quiz(module));
    tooHigh.setPassMark(Quiz.PASS_MARK_MAX + 1);
    tooHigh.setMaxAttempts(0);

    ConstraintViolationException e =
        assertThrows(ConstraintViolationException.class, () -> bank.saveSettings(module, tooHigh));
    assertEquals(
        java.util.Set.of("passMark", "maxAttempts"),
        e.getConstraintViolations().stream()
            .map(v -> v.getPropertyPath().toString())
            .collect(java.util.stream.Collectors.toSet()));
    assertEquals(Quiz.DEFAULT_PASS_MARK, bank.quiz(module).getPassMark());
  }

  @Test
  void anotherLearnersAttemptAnswersLikeAMissingOne() throws Exception {
    String module = fixtures.moduleWithQuiz();
    long owner = fixtures.patient();
    long other = fixtures.patient();
    long attempt = quizzes.start(owner, module);
    Sheet.Question a = questionA(quizzes.openSheet(owner, module).orElseThrow());
    quizzes.submit(owner, attempt, Map.of());

    assertThrows(AttemptNotFoundException.class, () -> quizzes.result(other, attempt));
    assertThrows(AttemptNotFoundException.class, () -> quizzes.result(other, Long.MAX_VALUE));
    assertThrows(
        AttemptNotFoundException.class, () -> quizzes.saveAnswer(other, attempt, a.id(), "0"));
    assertThrows(AttemptNotFoundException.class, () -> quizzes.submit(other, attempt, Map.of()));
  }

  @Test
  void theStarterImportNeverOverwritesAnExistingQuiz() throws Exception {
    String module = fixtures.moduleWithQuiz();
    assertEquals(Optional.empty(), transfer.importStarter(module, QuizFixtures.GIFT));
    assertEquals(1, bank.quiz(module).getLatestVersion());
    assertEquals(2, bank.countQuestions(bank.quiz(module).getId(), null));
  }

  @Test
  void exportThenImportGivesTheSameQuestions() throws Exception {
    String module = fixtures.moduleWithQuiz();
    for (QuizTransfer.FileFormat format : QuizTransfer.FileFormat.values()) {
      String file = transfer.export(module, format);
      QuizTransfer.ImportPreview preview =
          transfer.preview(
              "quiz." + format.extension(), file.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      assertEquals(List.of(), preview.problems(), format + ":\n" + file);
      assertEquals(2, preview.valid().size());
      assertEquals("part-b", preview.valid().get(1).getPageAnchor());
    }
  }

  @Test
  void shortAnswersMadeInTheBankForgiveASlipAndImportedOnesStayExact() throws Exception {
    String module = fixtures.moduleWithoutQuiz();
    QuestionDraft draft =
        new QuestionDraft(QuestionType.SHORT_ANSWER, "Which bundle of nerves carries the signal?");
    draft.addChoice("spinal cord", 100, "Right.");
    Question created = bank.create(module, draft);
    assertTrue(bank.question(created.getId()).orElseThrow().isLenientMatch(), "on by default");
    publishing.publish(module, null);

    long patient = fixtures.patient();
    long attempt = quizzes.start(patient, module);
    Sheet.Question q = quizzes.openSheet(patient, module).orElseThrow().questions().get(0);
    assertTrue(quizzes.submit(patient, attempt, Map.of(q.id(), "Spinal chord")));
    assertEquals(100, quizzes.result(patient, attempt).scorePercent(), "one letter added");

    String other = fixtures.moduleWithoutQuiz();
    QuizTransfer.ImportPreview preview =
        transfer.preview(
            "quiz.gift",
            "::S:: Which bundle of nerves carries the signal? {=spinal cord}"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(1, preview.valid().size(), String.valueOf(preview.problems()));
    assertEquals(1, transfer.importQuestions(other, preview.valid()));
    Question imported = bank.questions(bank.quiz(other).getId(), null, 0, 10).get(0);
    assertEquals(QuestionType.SHORT_ANSWER, imported.getType());
    assertFalse(imported.isLenientMatch(), "imported questions keep Moodle's exact matching");
  }
}
