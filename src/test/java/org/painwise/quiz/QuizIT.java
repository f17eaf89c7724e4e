package org.painwise.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.painwise.browser.pages.QuizPage;
import org.painwise.quiz.format.Choice;
import org.painwise.quiz.format.ParsedQuestion;
import org.painwise.testsupport.FacesClient;
import org.painwise.testsupport.FacesClient.Page;
import org.painwise.testsupport.TestServer;

/** Quiz pages over plain HTTP: taking the starter quiz, submitting once, and who may see what. */
class QuizIT {

  private static final String PASSWORD = "a-good-password";
  private static final String TAKE = "/quiz/take?module=pain-alarm-system";

  private final URL base = TestServer.url();

  private FacesClient patient(String name) {
    FacesClient client = new FacesClient(base);
    String email = FacesClient.uniqueEmail("quiz");
    client.signUp(name, email, PASSWORD);
    Page login = client.login(email, PASSWORD);
    assertTrue(login.isRedirect(), login.body());
    return client;
  }

  /** Starts an attempt at the module 1 starter quiz and returns the quiz page. */
  private Page started(FacesClient client) {
    Page intro = client.get(TAKE);
    assertEquals(200, intro.status());
    assertTrue(intro.body().contains("Start the quiz"), intro.body());
    assertTrue(client.submit(TAKE, intro, "start", Map.of(), "start").isRedirect());
    Page quiz = client.get(TAKE);
    assertTrue(quiz.body().contains("Submit my answers"), quiz.body());
    return quiz;
  }

  private static String path(String location) {
    return location.substring(location.indexOf("/quiz/"));
  }

  @Test
  void aPatientSubmitsTheStarterQuizAndASecondSubmitCountsOnce() {
    FacesClient client = patient("Quinn Quiz");
    Page quiz = started(client);
    assertTrue(quiz.body().contains("What does a nociceptor do?"));
    assertTrue(quiz.body().contains("<fieldset"), "each question is a fieldset");

    // Only the first question answered, rightly: the value of a choice is its place in the file.
    List<ParsedQuestion> questions = QuizPage.moduleOne();
    List<Choice> choices = questions.get(0).choices();
    int right = choices.indexOf(choices.stream().filter(Choice::isFullCredit).findFirst().get());
    String oneRight = Math.round(100.0 / questions.size()) + "%";
    Page submitted =
        client.submit(
            TAKE, quiz, "quiz", Map.of("questions:0:single", String.valueOf(right)), "submit");
    assertEquals(302, submitted.status());
    String result = path(submitted.location());
    assertTrue(result.startsWith("/quiz/result?attempt="), result);

    Page again =
        client.submit(
            TAKE,
            quiz,
            "quiz",
            Map.of("questions:0:single", String.valueOf(right == 0 ? 1 : 0)),
            "submit");
    assertEquals(302, again.status(), "the back-button resubmit goes to the same results");
    assertEquals(result, path(again.location()));

    Page results = client.get(result);
    assertEquals(200, results.status());
    assertTrue(results.body().contains("These answers were already submitted"), results.body());
    assertTrue(results.body().contains(oneRight), "1 right, the first submit counts: " + oneRight);
    assertTrue(
        results.body().contains("/lessons/pain-alarm-system/brain-decides#"),
        "a review link to a page that teaches a missed concept");
    FacesClient.assertNoStackTrace(results);

    Page intro = client.get(TAKE);
    assertTrue(intro.body().contains("Attempt 1: " + oneRight), intro.body());
    assertFalse(intro.body().contains("Attempt 2"), "one attempt only");
  }

  @Test
  void anotherPatientsAttemptAndEducatorPagesAnswerAsNotFound() {
    FacesClient owner = patient("Olive Owner");
    Page quiz = started(owner);
    String result = path(owner.submit(TAKE, quiz, "quiz", Map.of(), "submit").location());
    assertEquals(200, owner.get(result).status());

    FacesClient other = patient("Nosy Neighbour");
    String missing = other.get("/quiz/result?attempt=999999999").body();
    assertTrue(missing.contains("We could not find that page"));
    for (String path :
        List.of(
            result,
            "/quiz/result?attempt=999999999",
            "/quiz/result",
            "/quiz/result?attempt=abc",
            "/quiz/take?module=no-such-module",
            "/educator/questions?module=pain-alarm-system",
            "/educator/import",
            "/educator/statistics?module=pain-alarm-system",
            "/educator/index")) {
      Page page = other.get(path);
      assertEquals(404, page.status(), path);
      assertTrue(page.body().contains("We could not find that page"), path);
      assertFalse(page.body().contains("Your score"), "no result leaks on " + path);
      FacesClient.assertNoStackTrace(page);
    }
  }

  @Test
  void aConflictingEditIsRefusedWithAMessage() {
    FacesClient first = educator();
    FacesClient second = educator();
    java.util.regex.Matcher link =
        java.util.regex.Pattern.compile("/educator/question\\?id=(\\d+)")
            .matcher(first.get("/educator/questions?module=self-care").body());
    assertTrue(link.find(), "the bank lists its questions");
    String editor = "/educator/question?id=" + link.group(1);
    Page openedByFirst = first.get(editor);
    Page openedBySecond = second.get(editor);
    String wording = "Edited first " + java.util.UUID.randomUUID();

    Page saved =
        first.submit(
            editor,
            openedByFirst,
            "editor",
            Map.of(
                "stem",
                wording,
                "type",
                selected(openedByFirst, "type"),
                "format",
                selected(openedByFirst, "format")),
            "save");
    assertTrue(saved.body().contains("The question is saved."), saved.body());
    Page refused =
        second.submit(
            editor,
            openedBySecond,
            "editor",
            Map.of(
                "stem",
                "Edited second",
                "type",
                selected(openedBySecond, "type"),
                "format",
                selected(openedBySecond, "format")),
            "save");
    assertTrue(refused.body().contains("Someone else changed this question"), refused.body());
    FacesClient.assertNoStackTrace(refused);

    Page reloaded = second.get(editor);
    assertTrue(reloaded.body().contains(wording), "the first edit was kept");
    assertFalse(reloaded.body().contains("Edited second"));
  }

  /** The selected option of a select in the editor form. */
  private static String selected(Page page, String id) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile(
                "name=\"editor:" + id + "\"[^>]*>.*?<option value=\"([A-Z_]+)\" selected",
                java.util.regex.Pattern.DOTALL)
            .matcher(page.body());
    assertTrue(m.find(), "a selected " + id);
    return m.group(1);
  }

  private FacesClient educator() {
    FacesClient client = new FacesClient(base);
    assertTrue(client.login("educator@painwise.test", "painwise-demo").isRedirect());
    return client;
  }

  @Test
  void quizPagesNeedASignIn() {
    Page page = new FacesClient(base).get(TAKE);
    assertEquals(302, page.status());
    assertTrue(page.location().contains("/login"));
  }
}
