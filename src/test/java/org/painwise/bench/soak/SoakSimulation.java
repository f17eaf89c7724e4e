package org.painwise.bench.soak;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.currentLocation;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.painwise.bench.soak.FacesPages.Radio;
import org.painwise.bench.soak.FacesPages.Sheet;
import org.painwise.testsupport.Bundle;

/**
 * The soak test: patients and therapists using Painwise at a person's pace, 5 to 15 s between two
 * actions (settings in {@link SoakSettings}).
 *
 * <ul>
 *   <li>A patient signs up and signs in (or signs in to a seeded account), then, round after round
 *       until the end of the run: opens the catalogue and a module; opens the module's quiz
 *       (starting an attempt when none is open), answers two to four single-choice or true/false
 *       questions one at a time (each a Faces ajax save, as a change on a radio sends it) and
 *       submits the attempt at every other visit (so some attempts stay open from one round to the
 *       next); checks in (the outcome check-in form: the first round and every third); and reads
 *       one of the module's lesson pages.
 *   <li>A therapist signs in, then opens the client table and sorts and pages it (the PrimeFaces
 *       dataTable postbacks), over and over.
 * </ul>
 *
 * Every user completes its first round, whatever the time (a short run on busy cores still reaches
 * every kind of request), and starts nothing new after the deadline ({@code soak.seconds} after the
 * first user came) once that round is done.
 *
 * <p>Every request is checked: its status, no error page, no error message, no stack trace; an ajax
 * response must be a partial response without error or redirect, and an answer's save must show the
 * question's "saved" status. Each acknowledged answer, submit and check-in goes to the {@link
 * SoakLedger}, for {@link SoakCheck} to find in the database afterwards. Any failed request fails
 * the run (the assertion).
 */
public class SoakSimulation extends Simulation {

  private static final Pattern MODULE_LINK =
      Pattern.compile("href=\"[^\"]*?/lessons/([a-z0-9-]+)\"");
  private static final Pattern QUIZ_LINK = Pattern.compile("/quiz/take\\?module=([a-z0-9-]+)");
  private static final Pattern ROW_COUNT = Pattern.compile("rowCount:(\\d+)");
  private static final List<String> SORT_KEYS =
      List.of(
          "name",
          "assigned",
          "completed",
          "overdue",
          "lastActivity",
          "latestScore",
          "latestPain",
          "painChange",
          "redFlags");
  private static final String[] CHECKIN_FIELDS = {
    "painNow", "pegPain", "pegEnjoyment", "pegActivity", "stress", "sleep", "mood"
  };
  private static final String TABLE = "clients:table";

  private final SoakSettings settings = SoakSettings.fromSystemProperties();
  private final SoakLedger ledger = SoakLedger.at(settings.ledger());
  private final String runId = Long.toString(System.currentTimeMillis(), 36);

  /** When the users stop starting anything new: the run's duration after the first user came. */
  private volatile long deadline = Long.MAX_VALUE;

  private final AtomicInteger patients = new AtomicInteger();
  private final AtomicInteger therapists = new AtomicInteger();

  // --- checks -----------------------------------------------------------------------------------

  /**
   * A full page: 200, on this app (a redirect to another address is a failure), and no error page,
   * error message or stack trace in it.
   */
  private CheckBuilder[] page(CheckBuilder... more) {
    List<CheckBuilder> checks = new ArrayList<>();
    checks.add(status().is(200));
    checks.add(currentLocation().transform(l -> l.startsWith(settings.baseUrl() + "/")).is(true));
    for (String key : List.of("error_500.heading", "error_expired.heading", "error_404.heading")) {
      checks.add(substring(Bundle.text(key)).notExists());
    }
    checks.add(substring("pw-message-error").notExists());
    checks.add(substring("Caused by").notExists());
    checks.addAll(List.of(more));
    return checks.toArray(CheckBuilder[]::new);
  }

  /** An ajax response: a partial response with no error, no redirect (to the sign-in page). */
  private static CheckBuilder[] partial(CheckBuilder... more) {
    List<CheckBuilder> checks = new ArrayList<>();
    checks.add(status().is(200));
    checks.add(substring("<partial-response").exists());
    checks.add(substring("<error>").notExists());
    checks.add(substring("<redirect").notExists());
    checks.add(substring("pw-message-error").notExists());
    checks.addAll(List.of(more));
    return checks.toArray(CheckBuilder[]::new);
  }

  /**
   * A step of a user's own (reading a page, picking what to do next): anything unexpected in it,
   * such as a page without the link or form it should have, is written down as a problem, which
   * fails the run as a failed request does, and the user's session is marked failed.
   */
  private Function<Session, Session> guard(Function<Session, Session> step) {
    return session -> {
      try {
        return step.apply(session);
      } catch (RuntimeException e) {
        ledger.problem(
            session.contains("email") ? session.getString("email") : "-", String.valueOf(e));
        return session.markAsFailed();
      }
    };
  }

  /**
   * Runs {@code steps} only while the user goes on: before the deadline, or in its first round,
   * which every user completes whatever the time, so that a short run on slow shared cores still
   * reaches each kind of request. The loops do not stop in the middle of an iteration (Gatling's
   * exitASAP), which could fall between a request and the line that writes its acknowledgement
   * down; they check here instead, before each step.
   */
  private ChainBuilder inTime(ChainBuilder steps) {
    return doIf(this::goesOn).then(steps);
  }

  /** Before the deadline, or in the user's first round ("round" counts from 1). */
  private boolean goesOn(Session session) {
    return System.currentTimeMillis() < deadline || session.getInt("round") <= 1;
  }

  private ChainBuilder think() {
    return exec(pause(settings.pauseMin(), settings.pauseMax()));
  }

  private HttpRequestActionBuilder post(String name, String path) {
    return http(name).post(path).header("Origin", settings.origin());
  }

  private HttpRequestActionBuilder ajax(String name, String path) {
    return post(name, path).header("Faces-Request", "partial/ajax");
  }

  // --- signing in -------------------------------------------------------------------------------

  private ChainBuilder signIn() {
    return exec(http("sign-in page")
            .get("/login")
            .check(page(regex("name=\"jakarta\\.faces\\.ViewState\"").exists()))
            .check(bodyString().transform(FacesPages::viewState).saveAs("viewState")))
        .exec(think())
        .exec(signInPost());
  }

  /** Posts the sign-in form of the page whose view state is #{viewState}. */
  private ChainBuilder signInPost() {
    return exec(
        post("sign in", "/login")
            .formParam("login", "login")
            .formParam("login:email", "#{email}")
            .formParam("login:password", SoakSettings.PASSWORD)
            .formParam("login:submit", "submit")
            .formParam("jakarta.faces.ViewState", "#{viewState}")
            .check(page(currentLocation().transform(l -> l.contains("/login")).is(false))));
  }

  /** Signs up, lands on the sign-in page (the app's redirect), and signs in there. */
  private ChainBuilder signUpAndIn() {
    return exec(http("sign-up page")
            .get("/signup")
            .check(page())
            .check(bodyString().transform(FacesPages::viewState).saveAs("viewState")))
        .exec(think())
        .exec(
            post("sign up", "/signup")
                .formParam("signup", "signup")
                .formParam("signup:name", "Soak #{email}")
                .formParam("signup:email", "#{email}")
                .formParam("signup:password", SoakSettings.PASSWORD)
                .formParam("signup:submit", "submit")
                .formParam("jakarta.faces.ViewState", "#{viewState}")
                .check(page(currentLocation().transform(l -> l.contains("/login")).is(true)))
                .check(bodyString().transform(FacesPages::viewState).saveAs("viewState")))
        .exec(think())
        .exec(signInPost());
  }

  // --- patients ---------------------------------------------------------------------------------

  /** The catalogue, then a module's page: picks a lesson page and the module's quiz. */
  private ChainBuilder browse() {
    return exec(http("catalogue").get("/lessons/index").check(page(bodyString().saveAs("body"))))
        .exec(
            guard(
                session -> {
                  List<String> modules = FacesPages.all(MODULE_LINK, session.getString("body"));
                  modules.remove("index");
                  return session.set("module", any(modules)).remove("body");
                }))
        .exec(think())
        .exec(
            inTime(
                exec(http("module page")
                        .get("/lessons/#{module}")
                        .check(page(bodyString().saveAs("body"))))
                    .exec(
                        guard(
                            session -> {
                              String body = session.getString("body");
                              String module = session.getString("module");
                              List<String> pages =
                                  FacesPages.all(
                                      Pattern.compile(
                                          "href=\"[^\"]*?/lessons/"
                                              + Pattern.quote(module)
                                              + "/([a-z0-9-]+)[\"#]"),
                                      body);
                              List<String> quizzes = FacesPages.all(QUIZ_LINK, body);
                              Session next =
                                  session.remove("body").remove("lesson").remove("quizModule");
                              if (!pages.isEmpty()) {
                                next = next.set("lesson", any(pages));
                              }
                              if (!quizzes.isEmpty()) {
                                next = next.set("quizModule", quizzes.get(0));
                              }
                              return next;
                            }))));
  }

  /** The lesson page picked on the module's page. */
  private ChainBuilder readLesson() {
    return doIf(session -> session.contains("lesson"))
        .then(
            think()
                .exec(
                    inTime(
                        exec(
                            http("lesson page")
                                .get("/lessons/#{module}/#{lesson}")
                                .check(page(regex("<h1").exists()))))));
  }

  /** Opens the quiz of #{quizModule}; starts an attempt when none is open; sets "sheet". */
  private ChainBuilder openQuiz() {
    return exec(guard(session -> session.remove("sheet")))
        .exec(
            http("quiz page")
                .get("/quiz/take?module=#{quizModule}")
                .check(page(bodyString().saveAs("body"))))
        .exec(
            guard(
                session -> {
                  String body = session.getString("body");
                  Session next = session.remove("body");
                  var sheet = FacesPages.sheet(session.getString("quizModule"), body);
                  if (sheet.isPresent()) {
                    return next.set("sheet", sheet.get());
                  }
                  return next.set("viewState", FacesPages.viewState(body));
                }))
        .doIf(session -> !session.contains("sheet"))
        .then(
            think()
                .exec(
                    post("quiz start", "/quiz/take?module=#{quizModule}")
                        .formParam("start", "start")
                        .formParam("start:start", "start")
                        .formParam("jakarta.faces.ViewState", "#{viewState}")
                        .check(
                            page(substring("data-attempt=").exists(), bodyString().saveAs("body"))))
                .exec(
                    guard(
                        session ->
                            session.contains("body")
                                ? FacesPages.sheet(
                                        session.getString("quizModule"), session.getString("body"))
                                    .map(sheet -> session.remove("body").set("sheet", sheet))
                                    .orElse(session.remove("body"))
                                : session)));
  }

  /** Answers one radio question of the sheet with a value it does not hold now. */
  private ChainBuilder answerOne() {
    return exec(guard(
            session -> {
              Sheet sheet = session.get("sheet");
              Radio radio =
                  sheet.radios.get(ThreadLocalRandom.current().nextInt(sheet.radios.size()));
              List<Integer> others = new ArrayList<>();
              for (int i = 0; i < radio.values.size(); i++) {
                if (!radio.values.get(i).equals(radio.checked)) {
                  others.add(i);
                }
              }
              int pick = any(others);
              return session
                  .set("radio", radio)
                  .set("value", radio.values.get(pick))
                  .set("radioId", radio.ids.get(pick))
                  .remove("partial");
            }))
        .exec(
            ajax("quiz answer", "/quiz/take?module=#{quizModule}")
                .formParamMap(
                    session -> {
                      Sheet sheet = session.get("sheet");
                      Radio radio = session.get("radio");
                      Map<String, Object> form = new LinkedHashMap<>();
                      form.put("jakarta.faces.partial.ajax", "true");
                      form.put("jakarta.faces.source", session.getString("radioId"));
                      form.put(
                          "jakarta.faces.partial.execute",
                          radio.name + " " + session.getString("radioId"));
                      form.put(
                          "jakarta.faces.partial.render", radio.savedPanel() + " quiz:saveStatus");
                      form.put("jakarta.faces.behavior.event", "change");
                      form.put("jakarta.faces.partial.event", "change");
                      form.put("quiz", "quiz");
                      form.put(radio.name, session.getString("value"));
                      form.put("jakarta.faces.ViewState", sheet.viewState);
                      return form;
                    })
                .check(
                    partial(
                        bodyString()
                            .transformWithSession(
                                (body, session) ->
                                    FacesPages.showsSaved(
                                        body, session.<Radio>get("radio").savedPanel()))
                            .is(true),
                        bodyString().saveAs("partial"))))
        .exec(
            guard(
                session -> {
                  if (!session.contains("partial")) {
                    return session;
                  }
                  Sheet sheet = session.get("sheet");
                  Radio radio = session.get("radio");
                  radio.checked = session.getString("value");
                  FacesPages.partialViewState(session.getString("partial"))
                      .ifPresent(state -> sheet.viewState = state);
                  ledger.answer(
                      session.getString("email"),
                      sheet.module,
                      sheet.attemptId,
                      radio.number(),
                      radio.checked);
                  return session.remove("partial");
                }));
  }

  /** Submits the sheet with every answer it shows, as the browser posts the form. */
  private ChainBuilder submit() {
    return exec(guard(session -> session.remove("number")))
        .exec(
            post("quiz submit", "/quiz/take?module=#{quizModule}")
                .formParamMap(
                    session -> {
                      Sheet sheet = session.get("sheet");
                      Map<String, Object> form = new LinkedHashMap<>();
                      form.put("quiz", "quiz");
                      for (Radio radio : sheet.radios) {
                        if (radio.checked != null) {
                          form.put(radio.name, radio.checked);
                        }
                      }
                      form.put("quiz:submit", "submit");
                      form.put("jakarta.faces.ViewState", sheet.viewState);
                      return form;
                    })
                .check(
                    page(
                        currentLocation()
                            .transformWithSession(
                                (location, session) ->
                                    location.endsWith(
                                        "/quiz/result?attempt="
                                            + session.<Sheet>get("sheet").attemptId))
                            .is(true),
                        substring(Bundle.text("quiz_take.message.info.submitted")).exists(),
                        regex(
                                Pattern.quote(Bundle.text("quiz_result.text.attempt"))
                                    + "\\s+(\\d+)\\.")
                            .saveAs("number"))))
        .exec(
            guard(
                session -> {
                  if (session.contains("number")) {
                    Sheet sheet = session.get("sheet");
                    ledger.submitted(
                        session.getString("email"),
                        sheet.module,
                        sheet.attemptId,
                        Integer.parseInt(session.getString("number")));
                  }
                  return session.remove("sheet").remove("number");
                }));
  }

  /**
   * The quiz of the module: opened (an attempt started when none is open), two to four answers (two
   * at the first visit), and submitted at every other visit, the first included, so that attempts
   * are submitted early in a short run and some stay open from one round to the next.
   */
  private ChainBuilder takeQuiz() {
    return doIf(session -> session.contains("quizModule"))
        .then(
            think()
                .exec(inTime(openQuiz()))
                .doIf(
                    session ->
                        session.contains("sheet") && !session.<Sheet>get("sheet").radios.isEmpty())
                .then(
                    exec(session -> {
                          int visit = session.getInt("quizVisits") + 1;
                          int answers = visit == 1 ? 2 : ThreadLocalRandom.current().nextInt(2, 5);
                          return session.set("quizVisits", visit).set("toAnswer", answers);
                        })
                        .asLongAs(session -> session.getInt("toAnswer") > 0 && goesOn(session))
                        .on(
                            think()
                                .exec(inTime(answerOne()))
                                .exec(
                                    session ->
                                        session.set("toAnswer", session.getInt("toAnswer") - 1)))
                        .doIf(session -> session.getInt("quizVisits") % 2 == 1)
                        .then(inTime(think().exec(submit())))));
  }

  private ChainBuilder checkIn() {
    return think()
        .exec(
            http("check-in page").get("/patient/checkin").check(page(bodyString().saveAs("body"))))
        .exec(think())
        .exec(
            inTime(
                exec(post("check-in save", "/patient/checkin")
                        .formParamMap(
                            session -> {
                              String body = session.getString("body");
                              Map<String, Object> form = new LinkedHashMap<>();
                              form.put("checkin", "checkin");
                              form.putAll(FacesPages.hiddenFields(body, "checkin"));
                              for (String field : CHECKIN_FIELDS) {
                                form.put(
                                    "checkin:" + field, ThreadLocalRandom.current().nextInt(11));
                              }
                              form.put("checkin:note", "");
                              form.put("checkin:save", "save");
                              form.put("jakarta.faces.ViewState", FacesPages.viewState(body));
                              return form;
                            })
                        .check(
                            page(
                                substring(Bundle.text("patient_checkin.message.info.saved"))
                                    .exists(),
                                bodyString().saveAs("saved"))))
                    .exec(
                        guard(
                            session -> {
                              if (session.contains("saved")) {
                                ledger.checkin(session.getString("email"));
                              }
                              return session.remove("saved").remove("body");
                            }))));
  }

  /**
   * A patient's rounds: the catalogue and a module, the module's quiz, a check-in (the first round
   * and every third), and one of the module's lesson pages. The quiz and the check-in come early,
   * so that the two-minute run in the build reaches them.
   */
  private final ScenarioBuilder patientScenario =
      scenario("patients")
          .exec(
              guard(
                  session ->
                      session
                          .set("email", settings.patientEmail(patients.incrementAndGet(), runId))
                          .set("round", 0)
                          .set("quizVisits", 0)))
          .exec(settings.signUp() ? signUpAndIn() : signIn())
          .exec(
              asLongAs(session -> session.getInt("round") == 0 || goesOn(session))
                  .on(
                      exec(session -> session.set("round", session.getInt("round") + 1))
                          .exec(think())
                          .exec(inTime(browse()))
                          .exec(inTime(takeQuiz()))
                          .doIf(session -> session.getInt("round") % 3 == 1)
                          .then(inTime(checkIn()))
                          .exec(inTime(readLesson()))));

  // --- therapists -------------------------------------------------------------------------------

  private ChainBuilder clientTablePostback(String name, boolean sort) {
    return exec(ajax(name, "/therapist/clients")
            .formParamMap(
                session -> {
                  Map<String, Object> form = new LinkedHashMap<>();
                  form.put("jakarta.faces.partial.ajax", "true");
                  form.put("jakarta.faces.source", TABLE);
                  form.put("jakarta.faces.partial.execute", TABLE);
                  form.put("jakarta.faces.partial.render", TABLE);
                  form.put(TABLE, TABLE);
                  if (sort) {
                    form.put(TABLE + "_sorting", "true");
                    form.put(TABLE + "_skipChildren", "true");
                    form.put(TABLE + "_encodeFeature", "true");
                    form.put(TABLE + "_sortKey", TABLE + ":" + any(SORT_KEYS));
                    form.put(
                        TABLE + "_sortDir", ThreadLocalRandom.current().nextBoolean() ? "1" : "-1");
                  } else {
                    int pages = Math.max(1, (session.getInt("rowCount") + 24) / 25);
                    form.put(TABLE + "_pagination", "true");
                    form.put(TABLE + "_first", 25 * ThreadLocalRandom.current().nextInt(pages));
                    form.put(TABLE + "_rows", "25");
                    form.put(TABLE + "_skipChildren", "true");
                    form.put(TABLE + "_encodeFeature", "true");
                  }
                  form.put("clients", "clients");
                  form.put("clients:search", "");
                  form.put(TABLE + "_selection", "");
                  form.put("jakarta.faces.ViewState", session.getString("viewState"));
                  return form;
                })
            .check(partial(substring("<update id=").exists(), bodyString().saveAs("partial"))))
        .exec(
            guard(
                session -> {
                  if (!session.contains("partial")) {
                    return session;
                  }
                  String state =
                      FacesPages.partialViewState(session.getString("partial"))
                          .orElse(session.getString("viewState"));
                  return session.set("viewState", state).remove("partial");
                }));
  }

  private final ScenarioBuilder therapistScenario =
      scenario("therapists")
          .exec(
              guard(
                  session ->
                      session
                          .set("email", settings.therapistEmail(therapists.incrementAndGet()))
                          .set("round", 0)))
          .exec(signIn())
          .exec(
              asLongAs(session -> session.getInt("round") == 0 || goesOn(session))
                  .on(
                      exec(session -> session.set("round", session.getInt("round") + 1))
                          .exec(think())
                          .exec(
                              http("client table")
                                  .get("/therapist/clients")
                                  .check(page(substring("id=\"clients:table\"").exists()))
                                  .check(bodyString().saveAs("body")))
                          .exec(
                              guard(
                                  session -> {
                                    String body = session.getString("body");
                                    var count = FacesPages.all(ROW_COUNT, body);
                                    return session
                                        .set("viewState", FacesPages.viewState(body))
                                        .set(
                                            "rowCount",
                                            count.isEmpty() ? 25 : Integer.parseInt(count.get(0)))
                                        .remove("body");
                                  }))
                          .exec(
                              repeat(3)
                                  .on(
                                      inTime(
                                              think()
                                                  .exec(
                                                      clientTablePostback(
                                                          "client table sort", true)))
                                          .exec(
                                              inTime(
                                                  think()
                                                      .exec(
                                                          clientTablePostback(
                                                              "client table page", false))))))));

  // --- the run ----------------------------------------------------------------------------------

  private static <T> T any(List<T> list) {
    if (list.isEmpty()) {
      throw new IllegalStateException("nothing to pick from");
    }
    List<T> copy = new ArrayList<>(list);
    Collections.shuffle(copy);
    return copy.get(0);
  }

  {
    HttpProtocolBuilder protocol =
        http.baseUrl(settings.baseUrl())
            .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
            .acceptLanguageHeader("en")
            .userAgentHeader("Painwise soak test (Gatling)");
    setUp(
            patientScenario.injectOpen(rampUsers(settings.users()).during(settings.ramp())),
            therapistScenario.injectOpen(rampUsers(settings.therapists()).during(settings.ramp())))
        .protocols(protocol)
        .assertions(global().failedRequests().count().is(0L));
  }

  @Override
  public void before() {
    deadline = System.currentTimeMillis() + settings.duration().toMillis();
  }

  @Override
  public void after() {
    SoakLedger.closeCurrent();
  }
}
