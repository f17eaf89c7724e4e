package org.painwise.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.painwise.browser.pages.LessonPage;
import org.painwise.browser.pages.LoginPage;
import org.painwise.browser.pages.QuizPage;
import org.painwise.browser.pages.ResultPage;
import org.painwise.quiz.format.ParsedQuestion;
import org.painwise.testsupport.Browser;
import org.painwise.testsupport.Bundle;
import org.painwise.testsupport.FacesClient;
import org.painwise.testsupport.Lessons;
import org.painwise.testsupport.TestServer;

/**
 * A patient takes the module 1 starter quiz with the keyboard only, misses two concepts, follows a
 * review link to the lesson page that teaches it, retakes the quiz and passes.
 */
class QuizTakingIT {

  private static final String MODULE = "pain-alarm-system";
  private static final String PAGE = "danger-detectors";
  private static final String ANCHOR = "sensors-all-through-your-body";
  private static final String REVIEW = "/lessons/" + MODULE + "/" + PAGE + "#" + ANCHOR;

  private final URL base = TestServer.url();

  @Test
  void aPatientFailsTwoConceptsReviewsOneRetakesAndPasses() {
    String email = FacesClient.uniqueEmail("keyboard");
    new FacesClient(base).signUp("Kay Board", email, "a-good-password");

    try (Browser browser = Browser.open(base)) {
      new LoginPage(browser).open().signIn(email, "a-good-password");

      // First attempt: two concepts wrong, which brings the score under the 70% pass mark.
      List<ParsedQuestion> questions = QuizPage.moduleOne();
      Set<String> missed = Set.of("nociception", "hurt-not-harm");
      long right = questions.stream().filter(q -> !missed.contains(q.conceptTag())).count();
      long expected = Math.round(100.0 * right / questions.size());
      assertTrue(expected < 70, "the chosen concepts fail the quiz: " + expected + "%");
      QuizPage quiz = new QuizPage(browser).open(MODULE).start();
      quiz.answer(questions, missed);
      ResultPage first = quiz.submit();
      assertEquals(expected + "%", first.score());
      assertEquals(Bundle.text("quiz.badge.notPassed"), first.outcome());
      List<String> links = first.reviewLinks().stream().map(l -> l.getAttribute("href")).toList();
      assertEquals(2, links.size(), "two concepts missed, two review links: " + links);
      assertTrue(links.stream().anyMatch(h -> h.endsWith(REVIEW)), links.toString());
      WebElement nociception = first.reviewLinkTo(REVIEW);

      // The review link leads to the lesson page that teaches the concept.
      LessonPage lesson = first.follow(nociception);
      assertEquals(Lessons.heading(MODULE, PAGE, ANCHOR), lesson.section(ANCHOR));
      lesson.checkAccessibility();
      assertTrue(
          browser.driver().getCurrentUrl().endsWith("#" + ANCHOR),
          "the link lands on the section that teaches the concept");
      browser.driver().navigate().back();

      // Second attempt: all right.
      QuizPage again = new ResultPage(browser).awaitLoaded().retake();
      again.answerModuleOne();
      ResultPage second = again.submit();
      assertEquals("100%", second.score());
      assertEquals(Bundle.text("quiz.badge.passed"), second.outcome());
      assertTrue(second.reviewLinks().isEmpty());
      assertEquals(Bundle.text("quiz_result.text.passed"), second.verdict());
    }
  }
}
