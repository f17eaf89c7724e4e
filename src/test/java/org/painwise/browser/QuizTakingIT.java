package org.painwise.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.painwise.testsupport.Browser;
import org.painwise.testsupport.FacesClient;
import org.painwise.testsupport.TestServer;

/**
 * A patient takes the module 1 starter quiz with the keyboard only, misses one concept, follows the
 * review link to the lesson page that teaches it, retakes the quiz and passes.
 */
class QuizTakingIT {

  private static final String MODULE = "pain-alarm-system";
  private static final String REVIEW =
      "/lessons/pain-alarm-system/danger-detectors#sensors-all-through-your-body";

  private final URL base = TestServer.url();

  @Test
  void aPatientFailsOneConceptReviewsItRetakesAndPasses() {
    String email = FacesClient.uniqueEmail("keyboard");
    new FacesClient(base).signUp("Kay Board", email, "a-good-password");

    try (Browser browser = Browser.open(base)) {
      new LoginPage(browser).open().signIn(email, "a-good-password");

      // First attempt: the three nociception questions wrong (6 of 9, below the 70% pass mark).
      QuizPage quiz = new QuizPage(browser).open(MODULE).start();
      quiz.answerModuleOne(false);
      ResultPage first = quiz.submit();
      assertEquals("67%", first.score());
      assertEquals("Not passed yet", first.outcome());
      List<WebElement> links = first.reviewLinks();
      assertEquals(1, links.size(), "one concept missed, one review link");
      assertTrue(
          links.get(0).getAttribute("href").endsWith(REVIEW), links.get(0).getAttribute("href"));

      // The review link leads to the lesson page that teaches the concept.
      first.follow(links.get(0));
      browser.waitForPath("/lessons/pain-alarm-system/danger-detectors");
      browser.waitForText("Sensors all through your body");
      browser.checkAccessibility();
      assertTrue(
          browser.driver().getCurrentUrl().endsWith("#sensors-all-through-your-body"),
          "the link lands on the section that teaches the concept");
      browser.driver().navigate().back();
      browser.waitForPath("/quiz/result");

      // Second attempt: all right.
      QuizPage again = new ResultPage(browser).retake();
      again.answerModuleOne(true);
      ResultPage second = again.submit();
      assertEquals("100%", second.score());
      assertEquals("Passed", second.outcome());
      assertTrue(second.reviewLinks().isEmpty());
      assertTrue(browser.text().contains("Well done!"));
    }
  }
}
