package org.painwise.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URL;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.painwise.account.AccessDeniedException;
import org.painwise.account.Account;
import org.painwise.account.AccountService;
import org.painwise.account.Role;
import org.painwise.lesson.LessonPage;
import org.painwise.lesson.LessonService;
import org.painwise.lesson.Module;
import org.painwise.progress.ProgressService;
import org.painwise.testsupport.Bundle;
import org.painwise.testsupport.Deployments;
import org.painwise.testsupport.FacesClient;
import org.painwise.testsupport.TestCaller;

/**
 * The module page's main button is the reader's next step: continue while pages are left, then
 * "Take the quiz" once every page is read, then "Next module" once the quiz is passed; a passed
 * quiz's result page offers the next module too.
 */
@ExtendWith(ArquillianExtension.class)
class NextStepIT {

  private static final String PASSWORD = "a-good-password";
  private static final String MODULE = "pain-alarm-system";

  @Deployment
  static WebArchive deployment() {
    return Deployments.appWithTests(NextStepIT.class);
  }

  @Inject AccountService accounts;
  @Inject LessonService lessons;
  @Inject ProgressService progress;
  @Inject PracticeAttempts practice;
  @Inject QuizService quizzes;
  @ArquillianResource URL base;

  @Test
  void continueThenTakeTheQuizThenTheNextModule() throws Exception {
    Account patient =
        accounts.register(
            "next-" + UUID.randomUUID() + "@example.org", "Nia Next", PASSWORD, Role.PATIENT);
    Module module = lessons.module(MODULE).orElseThrow();
    Module next = lessons.moduleAfter(module).orElseThrow();
    FacesClient reader = new FacesClient(base);
    assertEquals(302, reader.login(patient.getEmail(), PASSWORD).status());

    var pages = lessons.pages(module.getId());
    progress.markRead(patient.getId(), pages.get(0));
    String page = reader.get("/lessons/" + MODULE).body();
    assertEquals(Bundle.text("lessons_module.button.continue"), link(page, "start"));

    for (LessonPage p : pages) {
      progress.markRead(patient.getId(), p);
    }
    page = reader.get("/lessons/" + MODULE + "?finished=true").body();
    assertEquals(Bundle.text("lessons_module.quiz.button"), link(page, "next-step"));
    assertTrue(href(page, "next-step").endsWith("/quiz/take?module=" + MODULE), page);
    assertFalse(page.contains("id=\"start\""), "no more Continue the module");
    assertFalse(page.contains("id=\"take-quiz\""), "the quiz is offered once, as the main button");

    practice.take(patient.getId(), MODULE, 0);
    page = reader.get("/lessons/" + MODULE).body();
    assertEquals(
        Bundle.formatted("lessons_module.button.nextModule", next.getTitle()),
        link(page, "next-step"));
    assertTrue(href(page, "next-step").endsWith("/lessons/" + next.getSlug()), page);

    String results = reader.get("/quiz/take?module=" + MODULE).body();
    Matcher attempt =
        Pattern.compile("/quiz/result(?:\\.xhtml)?\\?attempt=(\\d+)").matcher(results);
    assertTrue(attempt.find(), results);
    String result = reader.get("/quiz/result?attempt=" + attempt.group(1)).body();
    assertEquals(
        Bundle.formatted("lessons_module.button.nextModule", next.getTitle()),
        link(result, "next-module"));
  }

  @Test
  void onlyTheSystemTakesAQuizForALearner() throws Exception {
    Account patient =
        accounts.register(
            "practice-" + UUID.randomUUID() + "@example.org",
            "Pia Practice",
            PASSWORD,
            Role.PATIENT);
    Account admin =
        accounts.register(
            "practice-" + UUID.randomUUID() + "@example.org", "Ada Practice", PASSWORD, Role.ADMIN);
    try {
      TestCaller.as(patient);
      assertThrows(
          AccessDeniedException.class,
          () -> practice.take(patient.getId(), MODULE, 0),
          "not a learner for themselves");
      TestCaller.as(admin);
      assertThrows(
          AccessDeniedException.class,
          () -> practice.take(patient.getId(), MODULE, 0),
          "not an admin for a learner");
    } finally {
      TestCaller.clear();
    }
    assertTrue(quizzes.passedModuleIds(patient.getId()).isEmpty(), "nothing was taken");
  }

  /** The text of the link with this id. */
  private static String link(String body, String id) {
    Matcher m =
        Pattern.compile("<a id=\"" + id + "\"[^>]*>(.*?)</a>", Pattern.DOTALL).matcher(body);
    assertTrue(m.find(), "no link #" + id + ":\n" + body);
    return m.group(1).strip();
  }

  private static String href(String body, String id) {
    Matcher m = Pattern.compile("<a id=\"" + id + "\"[^>]*href=\"([^\"]*)\"").matcher(body);
    assertTrue(m.find(), "no link #" + id + ":\n" + body);
    return m.group(1).replace("&amp;", "&");
  }
}
