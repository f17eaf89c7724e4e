package org.painwise.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.painwise.testsupport.FacesClient;
import org.painwise.testsupport.FacesClient.Page;
import org.painwise.testsupport.QuizRadios;
import org.painwise.testsupport.TestServer;

/**
 * Saves that reach one quiz view at once each store what they sent, and "Saved" never stands for an
 * answer that was not stored.
 *
 * <p>A browser sends one save of a page at a time, but a duplicated tab posts the same view state
 * as the first, and a save that the browser gave up on still runs when the next one arrives. Before
 * config.ViewLocks the view's requests ran alongside each other: one request's reload of the
 * answers ("changed elsewhere") replaced the page's inputs between another request's update of its
 * answer and its save, which then stored the earlier answer and still said "Saved" (the benchmark's
 * smoke run counted one such lost answer; three requests at once on one view lost 76 of 1,138).
 */
class QuizSameViewIT {

  private static final String PASSWORD = "a-good-password";
  private static final String TAKE = "/quiz/take?module=pain-alarm-system";

  /** Requests at once on the one view, each the only one to answer its question. */
  private static final int THREADS = 4;

  private static final int SAVES = 40;

  private final URL base = TestServer.url();

  /** A signed-in learner on the quiz page, with its radio questions. */
  private static final class Learner {
    FacesClient client;
    Page quiz;

    /** Question index on the page to its radio group's name, and each choice's value to its id. */
    final Map<Integer, String> names = new LinkedHashMap<>();

    final Map<Integer, Map<String, String>> choices = new LinkedHashMap<>();
    QuizRadios radios;
  }

  private Learner learner() {
    Learner l = new Learner();
    l.client = new FacesClient(base);
    String email = FacesClient.uniqueEmail("sameview");
    l.client.signUp("Sam View", email, PASSWORD);
    assertTrue(l.client.login(email, PASSWORD).isRedirect(), "signed in");
    Page intro = l.client.get(TAKE);
    assertEquals(200, intro.status());
    assertTrue(l.client.submit(TAKE, intro, "start", Map.of(), "start").isRedirect(), "started");
    l.quiz = l.client.get(TAKE);
    l.radios = QuizRadios.of(l.quiz);
    l.names.putAll(l.radios.names());
    l.choices.putAll(l.radios.choices());
    assertTrue(l.choices.size() >= THREADS, "radio questions on the quiz page: " + l.choices);
    return l;
  }

  @Test
  void savesAtOnceOnOneViewEachStoreWhatTheySent() throws Exception {
    Learner l = learner();
    List<Integer> questions = new ArrayList<>(l.choices.keySet()).subList(0, THREADS);
    List<String> problems = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger acknowledged = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int question : questions) {
        running.add(
            pool.submit(
                () -> {
                  List<String> values = new ArrayList<>(l.choices.get(question).keySet());
                  for (int n = 0; n < SAVES; n++) {
                    String value = values.get(n % values.size());
                    Page saved = save(l, question, value);
                    if (!QuizRadios.showsSaved(saved, question)) {
                      problems.add(
                          "question "
                              + question
                              + ", "
                              + value
                              + ": not acknowledged, status "
                              + saved.status());
                      continue;
                    }
                    acknowledged.incrementAndGet();
                    // This thread alone answers this question: what it was told is saved is stored.
                    String stored = stored(l, question);
                    if (!value.equals(stored)) {
                      problems.add(
                          "question "
                              + question
                              + ": acknowledged "
                              + value
                              + ", stored "
                              + stored);
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> f : running) {
        f.get(5, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(
        List.of(),
        problems,
        problems.size()
            + " problems in "
            + THREADS * SAVES
            + " saves, "
            + acknowledged
            + " acknowledged");
    assertEquals(THREADS * SAVES, acknowledged.get());
  }

  @Test
  void aSaveThatFailsValidationDoesNotShowSaved() {
    Learner l = learner();
    int question = l.choices.keySet().iterator().next();
    String first = l.choices.get(question).keySet().iterator().next();
    assertTrue(QuizRadios.showsSaved(save(l, question, first), question), "a good save says saved");

    // A value that is none of the choices: Faces refuses it, so nothing is saved, and the status of
    // the earlier save must not show for it.
    Page refused = save(l, question, "97");
    assertEquals(200, refused.status());
    assertTrue(refused.body().contains("pw-message-error"), refused.body());
    assertFalse(QuizRadios.showsSaved(refused, question), refused.body());
    assertEquals(first, stored(l, question));
  }

  /** The Faces ajax post of a click on a radio button, on the learner's one quiz view. */
  private Page save(Learner l, int question, String value) {
    return l.radios.click(l.client, base.toExternalForm(), question, value, l.quiz.viewState());
  }

  /** The stored response to a question (by its index on the page), from the learner's export. */
  private static String stored(Learner l, int question) {
    Page export = l.client.get("/patient/export.json");
    assertEquals(200, export.status());
    JsonObject json = Json.createReader(new StringReader(export.body())).readObject();
    for (JsonValue attempt : json.getJsonArray("quizAttempts")) {
      JsonObject a = attempt.asJsonObject();
      if (a.isNull("submittedAt")) {
        JsonArray answers = a.getJsonArray("answers");
        for (JsonValue answer : answers) {
          if (answer.asJsonObject().getInt("number") == question + 1) {
            return answer.asJsonObject().getString("response");
          }
        }
        return "-";
      }
    }
    return "no attempt in progress";
  }
}
