package org.painwise.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebElement;
import org.painwise.testsupport.Browser;
import org.painwise.testsupport.Deployments;
import org.painwise.testsupport.FacesClient;

/**
 * A patient takes the module 1 starter quiz with the keyboard only, misses one concept, follows
 * the review link to the lesson page that teaches it, retakes the quiz and passes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QuizTakingIT {

  private static final String MODULE = "pain-alarm-system";
  private static final String REVIEW =
      "/lessons/pain-alarm-system/danger-detectors#sensors-all-through-your-body";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.appWithLessons();
  }

  @ArquillianResource private URL base;

  /** Answers all nine questions; the three nociception ones right or wrong. */
  private static void answer(QuizPage quiz, boolean nociceptionRight) {
    quiz.choose(1, nociceptionRight
            ? "It senses possible danger and sends a message toward the brain."
            : "It makes you feel pain in the spot where it sits.")
        .choose(2, nociceptionRight ? "False" : "True")
        .choose(3, "What you can see, hear and feel right now",
            "What happened the last time you felt something like this",
            "What you know and believe about your body")
        .choose(4, "Your brain was busy with something that seemed more important, so it did not"
            + " judge the bump as a big threat.")
        .choose(5, "It gets your hand away fast, and it reminds you to protect the burn while it"
            + " heals.")
        .match(6, "Sharp", "A sudden, strong pain, like a pin prick")
        .match(6, "Dull", "A heavy, low pain that feels more like pressure")
        .match(6, "Burning", "A hot, stinging feeling, even when nothing is hot")
        .match(6, "Aching", "A deep, steady soreness, like legs after a long walk")
        .type(7, nociceptionRight ? "Spinal cord" : "brain stem")
        .choose(8, "False")
        .choose(9, "It can go on after tissues have healed, and it is still real pain.");
  }

  @Test
  void aPatientFailsOneConceptReviewsItRetakesAndPasses() {
    String email = FacesClient.uniqueEmail("keyboard");
    new FacesClient(base).signUp("Kay Board", email, "a-good-password");

    try (Browser browser = Browser.open(base)) {
      new LoginPage(browser).open().signIn(email, "a-good-password");

      // First attempt: the three nociception questions wrong (6 of 9, below the 70% pass mark).
      QuizPage quiz = new QuizPage(browser).open(MODULE).start();
      answer(quiz, false);
      ResultPage first = quiz.submit();
      assertEquals("67%", first.score());
      assertEquals("Not passed yet", first.outcome());
      List<WebElement> links = first.reviewLinks();
      assertEquals(1, links.size(), "one concept missed, one review link");
      assertTrue(links.get(0).getAttribute("href").endsWith(REVIEW), links.get(0).getAttribute("href"));

      // The review link leads to the lesson page that teaches the concept.
      first.follow(links.get(0));
      browser.waitForPath("/lessons/pain-alarm-system/danger-detectors");
      browser.driver().navigate().back();
      browser.waitForPath("/quiz/result");

      // Second attempt: all right.
      QuizPage again = new ResultPage(browser).retake();
      answer(again, true);
      ResultPage second = again.submit();
      assertEquals("100%", second.score());
      assertEquals("Passed", second.outcome());
      assertTrue(second.reviewLinks().isEmpty());
      assertTrue(browser.text().contains("Well done!"));
    }
  }
}
