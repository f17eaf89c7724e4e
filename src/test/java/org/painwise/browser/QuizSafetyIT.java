package org.painwise.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.painwise.browser.pages.LoginPage;
import org.painwise.browser.pages.QuizPage;
import org.painwise.browser.pages.ResultPage;
import org.painwise.quiz.format.ParsedQuestion;
import org.painwise.quiz.format.QuestionType;
import org.painwise.testsupport.Browser;
import org.painwise.testsupport.Bundle;
import org.painwise.testsupport.FacesClient;
import org.painwise.testsupport.TestServer;

/**
 * Quizzes never lose an answer: one attempt open in two tabs, and a session that expires while the
 * learner answers. Keyboard only, as in {@link QuizTakingIT}.
 */
class QuizSafetyIT {

  private static final String MODULE = "pain-alarm-system";
  private static final String PASSWORD = "a-good-password";

  private final URL base = TestServer.url();

  private String patient(String name) {
    String email = FacesClient.uniqueEmail("safe");
    new FacesClient(base).signUp(name, email, PASSWORD);
    return email;
  }

  @Test
  void aStaleTabThatSubmitsLosesNoAnswerSavedInTheOther() {
    String email = patient("Two Tabs");
    List<ParsedQuestion> questions = QuizPage.moduleOne();

    try (Browser browser = Browser.open(base)) {
      new LoginPage(browser).open().signIn(email, PASSWORD);
      String first = browser.window();
      new QuizPage(browser).open(MODULE).start();
      // The second tab opens the same attempt before anything is saved: every answer is blank.
      String stale = browser.openTab();
      QuizPage staleQuiz = new QuizPage(browser).open(MODULE);

      // Every answer given and saved in the first tab; each save is announced politely.
      browser.switchTo(first);
      QuizPage quiz = new QuizPage(browser);
      for (int i = 0; i < questions.size(); i++) {
        quiz.answerOne(questions.get(i), i + 1, true).awaitSaved(i + 1);
        assertEquals(Bundle.formatted("quiz_take.live.saved", i + 1), quiz.liveStatus());
      }
      assertEquals("polite", quiz.livePoliteness());

      // The stale tab submits its blanks: it learns that the attempt changed and shows it.
      browser.switchTo(stale);
      List<String> messages = staleQuiz.submitExpectingMessages();
      assertTrue(
          messages.contains(Bundle.text("quiz_take.message.warn.changedElsewhere")),
          messages.toString());
      ParsedQuestion firstQuestion = questions.get(0);
      assertTrue(
          staleQuiz.isChosen(
              1,
              firstQuestion.choices().stream()
                  .filter(c -> c.isFullCredit())
                  .findFirst()
                  .orElseThrow()
                  .text()),
          "the stale tab now shows the answer saved in the other one");

      ResultPage result = staleQuiz.submit();
      assertEquals("100%", result.score(), "no saved answer was replaced by a blank");
    }
  }

  @Test
  void aStaleTabThatSavesLearnsThatTheAttemptChangedAndShowsTheCurrentAnswers() {
    String email = patient("Phone Laptop");
    List<ParsedQuestion> questions = QuizPage.moduleOne();
    ParsedQuestion one = questions.get(0);
    ParsedQuestion two = questions.get(1);

    try (Browser browser = Browser.open(base)) {
      new LoginPage(browser).open().signIn(email, PASSWORD);
      String first = browser.window();
      new QuizPage(browser).open(MODULE).start();
      String stale = browser.openTab();
      QuizPage staleQuiz = new QuizPage(browser).open(MODULE);

      browser.switchTo(first);
      new QuizPage(browser).answerOne(one, 1, true).awaitSaved(1);

      browser.switchTo(stale);
      staleQuiz.answerOne(two, 2, true);
      List<String> messages = staleQuiz.awaitMessages();
      assertTrue(
          messages.contains(Bundle.text("quiz_take.message.warn.changedElsewhere")),
          messages.toString());
      browser.waitForAjaxIdle();
      String right =
          one.choices().stream().filter(c -> c.isFullCredit()).findFirst().orElseThrow().text();
      assertTrue(staleQuiz.isChosen(1, right), "the answer saved in the other tab is shown");
      staleQuiz.checkAccessibility();
    }
  }

  @Test
  void answersGivenAfterTheSessionExpiredAreKeptAndSavedAfterSignIn() {
    String email = patient("Ex Pired");
    List<ParsedQuestion> questions = QuizPage.moduleOne();
    // The answer given after expiry: one key press, so that the page may go to the sign-in page
    // right after it.
    int late = questions.size();
    while (!Set.of(QuestionType.SINGLE_CHOICE, QuestionType.TRUE_FALSE, QuestionType.SHORT_ANSWER)
        .contains(questions.get(late - 1).type())) {
      late--;
    }

    try (Browser browser = Browser.open(base)) {
      new LoginPage(browser).open().signIn(email, PASSWORD);
      QuizPage quiz = new QuizPage(browser).open(MODULE).start();
      for (int i = 0; i < questions.size(); i++) {
        if (i + 1 != late) {
          quiz.answerOne(questions.get(i), i + 1, true).awaitSaved(i + 1);
        }
      }

      browser.forgetSession();
      quiz.answerOne(questions.get(late - 1), late, true);
      LoginPage login = quiz.signInAgainWhenAsked();
      login.signIn(email, PASSWORD);

      quiz.awaitRestored();
      assertEquals(0, quiz.keptAttempts(), "the kept answers are cleared once saved");
      ResultPage result = quiz.submit();
      assertEquals("100%", result.score(), "the answer given while signed out was saved");
    }
  }
}
