package org.painwise.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.painwise.quiz.Sheet.Outcome;
import org.painwise.testsupport.Deployments;

/** The quiz engine in the server, through its services, each test on a fresh module and learner. */
@ExtendWith(ArquillianExtension.class)
class QuizServiceIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.appWithTests(QuizServiceIT.class, QuizFixtures.class);
  }

  @Inject private QuizService quizzes;
  @Inject private QuizAuthoringService authoring;
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

    authoring.saveSettings(module, 70, null, Grading.LAST, false, false, FeedbackMode.AT_END);
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
    authoring.saveSettings(module, 70, 1, Grading.BEST, true, true, FeedbackMode.AT_END);
    quizzes.submit(patient, quizzes.start(patient, module), Map.of());

    assertThrows(NoAttemptsLeftException.class, () -> quizzes.start(patient, module));
  }

  @Test
  void immediateFeedbackLocksTheCheckedAnswer() throws Exception {
    String module = fixtures.moduleWithQuiz();
    long patient = fixtures.patient();
    authoring.saveSettings(module, 70, null, Grading.BEST, false, false, FeedbackMode.IMMEDIATE);
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
        authoring
            .question(
                authoring.questions(authoring.quiz(module).getId(), "Pick", 0, 10).get(0).getId())
            .orElseThrow();
    QuestionDraft edit = QuestionDraft.of(a);
    edit.setStem("Choose the right one, new wording");
    authoring.save(a.getId(), a.getVersion(), edit);
    assertEquals(2, authoring.publish(module, null).getNumber());

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
        authoring
            .question(
                authoring.questions(authoring.quiz(module).getId(), "Pick", 0, 10).get(0).getId())
            .orElseThrow();
    QuestionDraft first = QuestionDraft.of(a);
    QuestionDraft second = QuestionDraft.of(a);
    first.setStem("First educator's wording");
    second.setStem("Second educator's wording");

    authoring.save(a.getId(), a.getVersion(), first);
    assertThrows(
        QuestionConflictException.class, () -> authoring.save(a.getId(), a.getVersion(), second));
    assertEquals(
        "First educator's wording",
        authoring.question(a.getId()).orElseThrow().getStem(),
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
    authoring.create(module, broken);

    QuizNotPublishableException e =
        assertThrows(QuizNotPublishableException.class, () -> authoring.publish(module, null));
    assertEquals(List.of("3. No right answer"), e.questions());
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
    assertEquals(Optional.empty(), authoring.importStarter(module, QuizFixtures.GIFT));
    assertEquals(1, authoring.quiz(module).getLatestVersion());
    assertEquals(2, authoring.countQuestions(authoring.quiz(module).getId(), null));
  }

  @Test
  void exportThenImportGivesTheSameQuestions() throws Exception {
    String module = fixtures.moduleWithQuiz();
    for (QuizAuthoringService.FileFormat format : QuizAuthoringService.FileFormat.values()) {
      String file = authoring.export(module, format);
      QuizAuthoringService.ImportPreview preview =
          authoring.preview(
              "quiz." + format.extension(), file.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      assertEquals(List.of(), preview.problems(), format + ":\n" + file);
      assertEquals(2, preview.valid().size());
      assertEquals("part-b", preview.valid().get(1).getPageAnchor());
    }
  }
}
