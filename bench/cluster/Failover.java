import java.io.IOException;
import java.io.Reader;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The failover test of bench/failover.sh, against a running cluster: two nodes behind HAProxy on
 * one PostgreSQL. Run with the PostgreSQL driver on the class path:
 *
 * <pre>java -cp postgresql.jar bench/cluster/Failover.java --lb URL --node1 URL ... </pre>
 *
 * <p>A patient (invited by the demo therapist, who assigns module 1 due tomorrow) signs in through
 * HAProxy, pinned to node 1 by HAProxy's PWNODE cookie, reads two lesson pages and opens the third,
 * starts the quiz and saves half of its answers. Two more patients on node 1 keep HAProxy busy
 * without a pause: one reloads a lesson page, one saves quiz answers by ajax on the same quiz view.
 * Reminders run on both nodes at the same moment. Then node 1 gets SIGKILL, and: the patient's next
 * requests (an answer saved on the quiz view opened on node 1, the quiz reloaded, "Next page" on
 * the lesson page opened on node 1) must succeed on node 2, signed in, with every acknowledged
 * answer shown and stored; no poller request may fail; reminders run again on node 2 and nothing
 * goes out twice. Exit status 1 on any failure.
 */
public class Failover {

  static final String PASSWORD = "a-good-password";
  static final String MODULE = "pain-alarm-system";
  static final String TAKE = "/quiz/take?module=" + MODULE;
  static final String[] PAGES = {"what-pain-is", "danger-detectors", "brain-decides"};
  static final Pattern RADIO = Pattern.compile("<input[^>]*type=\"radio\"[^>]*>");
  static final Pattern QUESTION = Pattern.compile("^quiz:questions:(\\d+):(?:single|truefalse)$");

  static Map<String, String> opts = new HashMap<>();
  static Properties messages = new Properties();
  static String lb;
  static final List<String> failures = new ArrayList<>();
  static final List<String> figures = new ArrayList<>();

  public static void main(String[] args) throws Exception {
    for (int i = 0; i + 1 < args.length; i += 2) {
      opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    lb = opts.get("lb");
    try (Reader r = Files.newBufferedReader(Path.of(opts.get("messages")))) {
      messages.load(r);
    }
    try {
      run();
    } catch (Throwable t) {
      t.printStackTrace(System.out);
      failures.add("the test stopped: " + t);
    }
    StringBuilder out = new StringBuilder();
    out.append("Failover test, ").append(java.time.Instant.now()).append('\n');
    figures.forEach(f -> out.append("  ").append(f).append('\n'));
    if (failures.isEmpty()) {
      out.append("RESULT: passed\n");
    } else {
      out.append("RESULT: FAILED\n");
      failures.forEach(f -> out.append("  - ").append(f).append('\n'));
    }
    System.out.print(out);
    if (opts.containsKey("results")) {
      Files.writeString(Path.of(opts.get("results")), out);
    }
    System.exit(failures.isEmpty() ? 0 : 1);
  }

  static void check(boolean ok, String what) {
    if (!ok) {
      failures.add(what);
      System.out.println("  FAILED: " + what);
    }
  }

  static void figure(String text) {
    figures.add(text);
    System.out.println("  " + text);
  }

  static void say(String text) {
    System.out.printf("[%s] %s%n", java.time.LocalTime.now().withNano(0), text);
  }

  // --- the scenario -----------------------------------------------------------------------------

  static void run() throws Exception {
    LocalDate today = LocalDate.now();
    LocalDate due = today.plusDays(1);

    say("the demo therapist invites three patients, who sign up through HAProxy on node 1");
    Client therapist = new Client(lb, null);
    expect(therapist.login("therapist@painwise.test", "painwise-demo"), 302, "therapist signs in");
    Patient ada = invited(therapist, "Ada");
    Patient reader = invited(therapist, "Rea");
    Patient saver = invited(therapist, "Sav");
    assign(therapist, ada, due);

    say("Ada reads two pages of module 1, opens the third, starts the quiz and saves half of it");
    for (int i = 0; i < 2; i++) {
      Page p = ada.client.get("/lessons/" + MODULE + "/" + PAGES[i]);
      expect(p, 200, "lesson page " + PAGES[i]);
      Page next = ada.client.postback(p, "pager", Map.of(), "next");
      check(next.status == 302, "Next page on " + PAGES[i] + ": " + next.status);
    }
    Page lessonPage = ada.client.get("/lessons/" + MODULE + "/" + PAGES[2]);
    expect(lessonPage, 200, "lesson page " + PAGES[2]);
    Quiz quiz = Quiz.open(ada.client);
    List<Integer> questions = new ArrayList<>(quiz.choices.keySet());
    int half = questions.size() / 2;
    for (int i = 0; i < half; i++) {
      int q = questions.get(i);
      String value = new ArrayList<>(quiz.choices.get(q).keySet()).get(i % quiz.choices.get(q).size());
      check(quiz.save(q, value), "answer " + q + " acknowledged before the kill");
    }
    check(
        "node1".equals(ada.client.lastNode),
        "Ada's requests go to node 1 (last one: " + ada.client.lastNode + ")");
    figure(
        String.format(
            "before the kill: Ada on node 1, lesson page 3 of 5 open, %d of %d quiz answers saved",
            quiz.acknowledged.size(), questions.size()));

    say("reminders run on both nodes at the same moment");
    Client admin1 = new Client(opts.get("node1"), null);
    Client admin2 = new Client(opts.get("node2"), null);
    expect(admin1.login("admin@painwise.test", "painwise-demo"), 302, "admin signs in on node 1");
    expect(admin2.login("admin@painwise.test", "painwise-demo"), 302, "admin signs in on node 2");
    CountDownLatch go = new CountDownLatch(1);
    CompletableFuture<Page> run1 = CompletableFuture.supplyAsync(() -> reminders(admin1, today, go));
    CompletableFuture<Page> run2 = CompletableFuture.supplyAsync(() -> reminders(admin2, today, go));
    go.countDown();
    Page r1 = run1.get(120, TimeUnit.SECONDS);
    Page r2 = run2.get(120, TimeUnit.SECONDS);
    expect(r1, 200, "reminders on node 1");
    expect(r2, 200, "reminders on node 2");
    figure("reminders, both nodes at once: node 1 " + r1.body.strip() + ", node 2 " + r2.body.strip());

    // The pollers: no pause between requests, from before the kill until after HAProxy saw it.
    Poller reading = new Poller("reader (lesson page reloads)", reader.client, c -> readPage(c));
    Quiz saverQuiz = Quiz.open(saver.client);
    Poller saving = new Poller("saver (ajax answer saves)", saver.client, c -> saverQuiz.saveNext());
    reading.start();
    saving.start();
    Thread.sleep(2000);
    check(reading.ok.get() > 0 && saving.ok.get() > 0, "the pollers run before the kill");

    say("kill -9 node 1");
    ProcessHandle node1 =
        ProcessHandle.of(Long.parseLong(opts.get("node1-pid")))
            .orElseThrow(() -> new IllegalStateException("node 1 is not running"));
    long killedAt = System.nanoTime();
    check(node1.destroyForcibly(), "SIGKILL sent to node 1");
    Watch down = Watch.start(killedAt);

    // Ada's next requests: the quiz view she had open on node 1, one more answer.
    int next = questions.get(half);
    String nextValue = quiz.choices.get(next).keySet().iterator().next();
    long t = System.nanoTime();
    boolean saved = quiz.save(next, nextValue);
    long firstMs = ms(System.nanoTime() - killedAt);
    check(saved, "Ada's next answer, on the quiz view opened on node 1, is acknowledged");
    check(
        "node2".equals(ada.client.lastNode),
        "Ada's next request is answered by node 2 (was: " + ada.client.lastNode + ")");
    figure(
        String.format(
            "Ada's next request (an answer saved on the quiz view from node 1): answered by %s"
                + " %d ms after the kill (%d ms for the request itself)",
            ada.client.lastNode, firstMs, ms(System.nanoTime() - t)));

    // Still signed in, every acknowledged answer shown on the quiz page.
    Page reloaded = ada.client.get(TAKE);
    expect(reloaded, 200, "the quiz page reloads on node 2");
    check(reloaded.body.contains("id=\"logoutForm\""), "Ada is still signed in on node 2");
    Map<Integer, String> shown = Quiz.checked(reloaded.body);
    int kept = 0;
    for (Map.Entry<Integer, String> a : quiz.acknowledged.entrySet()) {
      if (a.getValue().equals(shown.get(a.getKey()))) {
        kept++;
      } else {
        failures.add(
            "question " + a.getKey() + ": acknowledged " + a.getValue() + ", shown " + shown.get(a.getKey()));
      }
    }
    // The lesson page she had open on node 1: "Next page" there works on node 2.
    Page onward = ada.client.postback(lessonPage, "pager", Map.of(), "next");
    check(
        onward.status == 302 && onward.location != null && onward.location.contains("/acute-pain-protects"),
        "Next page on the lesson page opened on node 1 goes on to page 4: " + onward.status + " " + onward.location);
    check("node2".equals(ada.client.lastNode), "and node 2 answered it");
    figure(
        String.format(
            "Ada after the kill, on %s: signed in %s; the quiz page shows %d of %d acknowledged"
                + " answers; Next page on the lesson page from node 1: %d to %s",
            ada.client.lastNode, reloaded.body.contains("id=\"logoutForm\"") ? "yes" : "NO", kept,
            quiz.acknowledged.size(), onward.status, onward.location));

    down.await(30);
    Thread.sleep(3000); // a little more polling once HAProxy knows
    reading.stop();
    saving.stop();
    figure(
        down.downMs < 0
            ? "HAProxy did not mark node 1 DOWN within 30 s"
            : "HAProxy marked node 1 DOWN " + down.downMs + " ms after the kill");
    check(down.downMs >= 0, "HAProxy marks node 1 down");
    for (Poller p : List.of(reading, saving)) {
      figure(
          String.format(
              "%s: %d requests, %d failed; first answer from node 2 %d ms after the kill; slowest"
                  + " request during the switch %d ms",
              p.name, p.ok.get() + p.failed.get(), p.failed.get(), p.firstNode2Ms(killedAt),
              p.slowestMs.get()));
      check(p.failed.get() == 0, p.name + ": " + p.failed.get() + " failed requests " + p.errors);
      check(p.firstNode2Ms(killedAt) >= 0, p.name + " reached node 2");
    }

    say("reminders run again, on node 2 alone, today and the day after the due date");
    Page again = reminders(admin2, today, null);
    expect(again, 200, "reminders again on node 2");
    Page later = reminders(admin2, due.plusDays(1), null);
    expect(later, 200, "overdue reminders on node 2");
    figure("reminders on node 2 after the kill: today " + again.body.strip() + ", after the due date " + later.body.strip());

    // The database: answers and reminders.
    try (Connection db =
        DriverManager.getConnection(opts.get("jdbc"), "painwise", "painwise")) {
      Map<Long, String> stored = stored(db, ada.email);
      int inDb = 0;
      for (Map.Entry<Integer, String> a : quiz.acknowledged.entrySet()) {
        if (a.getValue().equals(stored.get(quiz.questionId(db, ada.email, a.getKey())))) {
          inDb++;
        } else {
          failures.add("Ada's acknowledged answer to question " + a.getKey() + " is not in the database");
        }
      }
      int saverKept = 0;
      Map<Long, String> saverStored = stored(db, saver.email);
      for (Map.Entry<Integer, String> a : saverQuiz.acknowledged.entrySet()) {
        String inFlight = saverQuiz.inFlight.get(a.getKey());
        String s = saverStored.get(saverQuiz.questionId(db, saver.email, a.getKey()));
        if (a.getValue().equals(s) || inFlight != null && inFlight.equals(s)) {
          saverKept++;
        } else {
          failures.add("the saver's acknowledged answer to question " + a.getKey() + ": " + a.getValue() + ", stored " + s);
        }
      }
      figure(
          String.format(
              "answers: Ada %d acknowledged (%d before the kill), %d shown after it, %d in the"
                  + " database; the saver %d saves acknowledged, the last answer to each of %d"
                  + " questions in the database: %d",
              quiz.acknowledged.size(), half, kept, inDb, saverQuiz.saves,
              saverQuiz.acknowledged.size(), saverKept));
      check(kept == quiz.acknowledged.size(), "every acknowledged answer is shown after the kill");
      check(inDb == quiz.acknowledged.size(), "every acknowledged answer is in the database");

      Map<String, Integer> ledger = ledger(db, ada.email);
      int notices = count(db, "SELECT COUNT(*) FROM notice n JOIN account a ON a.id = n.account_id"
          + " WHERE a.email = ? AND n.kind IN ('DUE_SOON', 'OVERDUE')", ada.email);
      long mails = mails(ada.email);
      figure(
          String.format(
              "reminders for Ada: ledger (reminder_sent) %s; in-app notices %d; mails logged by"
                  + " the two nodes %d (ASSIGNED, DUE_SOON, OVERDUE: 3 expected)",
              ledger, notices, mails));
      check(
          ledger.equals(Map.of("ASSIGNED", 1, "DUE_SOON", 1, "OVERDUE", 1)),
          "one ledger row per kind: " + ledger);
      check(notices == 2, "one in-app notice for DUE_SOON and one for OVERDUE: " + notices);
      check(mails == 3, "three reminder mails in all, none twice: " + mails);
      int doubled = count(db, "SELECT COUNT(*) FROM (SELECT assignment_id, kind FROM notice"
          + " WHERE assignment_id IS NOT NULL GROUP BY assignment_id, kind HAVING COUNT(*) > 1) d", null);
      check(doubled == 0, "no assignment got the same notice twice (all patients): " + doubled);
    }
  }

  // --- steps ------------------------------------------------------------------------------------

  record Patient(String name, String email, Client client) {}

  static Patient invited(Client therapist, String name) {
    Page form = therapist.get("/therapist/invitations");
    Page created = therapist.postback(form, "invite", Map.of("days", "14"), "create");
    Matcher code = Pattern.compile("id=\"new-code\" class=\"pw-code\">([A-Z0-9]+)<").matcher(created.body);
    if (!code.find()) {
      throw new IllegalStateException("no invitation code: " + created.status);
    }
    String email = name.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    String unique = name + " " + email.substring(name.length() + 1, name.length() + 9);
    Client client = new Client(lb, "node1");
    Page signup = client.get("/signup?invite=" + code.group(1));
    Page done = client.postback(signup, "signup", Map.of("name", unique, "email", email, "password", PASSWORD), "submit");
    check(done.status == 302, "sign-up of " + unique + ": " + done.status);
    expect(client.login(email, PASSWORD), 302, unique + " signs in");
    check("node1".equals(client.lastNode), unique + " is on node 1: " + client.lastNode);
    return new Patient(unique, email, client);
  }

  static void assign(Client therapist, Patient p, LocalDate due) {
    Matcher id = Pattern.compile("client\\?id=(\\d+)\">" + Pattern.quote(p.name) + "</a>")
        .matcher(therapist.get("/therapist/clients").body);
    if (!id.find()) {
      throw new IllegalStateException(p.name + " is not in the therapist's table");
    }
    Page page = therapist.get("/therapist/client?id=" + id.group(1));
    Matcher module = Pattern.compile("<option value=\"(\\d+)\"[^>]*>Pain, your body").matcher(page.body);
    if (!module.find()) {
      throw new IllegalStateException("module 1 is not offered");
    }
    Page done = therapist.postback(page, "assignOne",
        Map.of("module", module.group(1), "dueOn", due.toString(), "note", "A gentle start"), "assign");
    check(done.status == 200 || done.status == 302, "module 1 assigned: " + done.status);
  }

  static Page reminders(Client admin, LocalDate date, CountDownLatch go) {
    try {
      if (go != null) {
        go.await();
      }
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
    return admin.send(HttpRequest.newBuilder(URI.create(admin.base + "/api/admin/reminders?date=" + date))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.noBody()));
  }

  static boolean readPage(Client c) {
    Page p = c.get("/lessons/" + MODULE + "/" + PAGES[0]);
    return p.status == 200 && p.body.contains("id=\"logoutForm\"");
  }

  static void expect(Page p, int status, String what) {
    if (p.status != status) {
      throw new IllegalStateException(what + ": status " + p.status + " (expected " + status + ")");
    }
  }

  static long ms(long nanos) {
    return TimeUnit.NANOSECONDS.toMillis(nanos);
  }

  // --- the database -----------------------------------------------------------------------------

  /** The stored answers of the patient's one open attempt, by question id. */
  static Map<Long, String> stored(Connection db, String email) throws Exception {
    Map<Long, String> answers = new HashMap<>();
    try (PreparedStatement q = db.prepareStatement(
        "SELECT w.question_id, w.response FROM quiz_answer w JOIN quiz_attempt t ON t.id = w.attempt_id"
            + " JOIN account a ON a.id = t.account_id WHERE a.email = ?")) {
      q.setString(1, email);
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          answers.put(rs.getLong(1), rs.getString(2));
        }
      }
    }
    return answers;
  }

  static Map<String, Integer> ledger(Connection db, String email) throws Exception {
    Map<String, Integer> kinds = new java.util.TreeMap<>();
    try (PreparedStatement q = db.prepareStatement(
        "SELECT r.kind, COUNT(*) FROM reminder_sent r JOIN assignment x ON x.id = r.assignment_id"
            + " JOIN account a ON a.id = x.patient_id WHERE a.email = ? GROUP BY r.kind")) {
      q.setString(1, email);
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          kinds.put(rs.getString(1), rs.getInt(2));
        }
      }
    }
    return kinds;
  }

  static int count(Connection db, String sql, String email) throws Exception {
    try (PreparedStatement q = db.prepareStatement(sql)) {
      if (email != null) {
        q.setString(1, email);
      }
      try (ResultSet rs = q.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  /** Mails to this address that the nodes kept in their outbox (each logs one line per mail). */
  static long mails(String email) throws IOException {
    long n = 0;
    for (String log : opts.get("node-logs").split(",")) {
      try (Stream<String> lines = Files.lines(Path.of(log), StandardCharsets.ISO_8859_1)) {
        n += lines.filter(l -> l.contains("Mail to " + email + " kept in the outbox")).count();
      }
    }
    return n;
  }

  // --- the quiz ---------------------------------------------------------------------------------

  /** A quiz view open in one client: its radio groups, and what the server acknowledged. */
  static final class Quiz {
    final Client client;
    Page page;
    final Map<Integer, String> names = new LinkedHashMap<>();
    final Map<Integer, Map<String, String>> choices = new LinkedHashMap<>();
    final Map<Integer, String> acknowledged = new LinkedHashMap<>();
    final Map<Integer, String> inFlight = new HashMap<>();
    List<Long> order;
    /** The attempt's revision that the page holds (quiz:revision), sent with each save. */
    String revision;
    int saves;
    int refusals;
    int k;

    Quiz(Client client) {
      this.client = client;
    }

    static Quiz open(Client client) {
      Quiz quiz = new Quiz(client);
      Page intro = client.get(TAKE);
      expect(intro, 200, "the quiz's first page");
      Page started = client.postback(intro, "start", Map.of(), "start");
      check(started.status == 302, "the quiz starts: " + started.status);
      quiz.page = client.get(TAKE);
      quiz.revision = revisionIn(quiz.page.body);
      Matcher radio = RADIO.matcher(quiz.page.body);
      while (radio.find()) {
        String name = attribute(radio.group(), "name");
        Matcher q = QUESTION.matcher(name);
        if (q.matches()) {
          int question = Integer.parseInt(q.group(1));
          quiz.names.put(question, name);
          quiz.choices.computeIfAbsent(question, i -> new LinkedHashMap<>())
              .put(attribute(radio.group(), "value"), attribute(radio.group(), "id"));
        }
      }
      if (quiz.choices.size() < 4) {
        throw new IllegalStateException("too few single-choice questions: " + quiz.choices.size());
      }
      return quiz;
    }

    /** The value of the hidden input quiz:revision in a page or a partial response, or null. */
    static String revisionIn(String body) {
      Matcher input = Pattern.compile("<input[^>]*name=\"quiz:revision\"[^>]*>").matcher(body);
      return input.find() ? attribute(input.group(), "value") : null;
    }

    /** The question number on the page to its radio group's checked value. */
    static Map<Integer, String> checked(String body) {
      Map<Integer, String> checked = new HashMap<>();
      Matcher radio = RADIO.matcher(body);
      while (radio.find()) {
        Matcher q = QUESTION.matcher(attribute(radio.group(), "name"));
        if (q.matches() && radio.group().contains("checked")) {
          checked.put(Integer.parseInt(q.group(1)), attribute(radio.group(), "value"));
        }
      }
      return checked;
    }

    /** The next save of the saver: cycles over questions and choices. */
    boolean saveNext() {
      List<Integer> qs = new ArrayList<>(choices.keySet());
      int q = qs.get(k % qs.size());
      List<String> values = new ArrayList<>(choices.get(q).keySet());
      String value = values.get((k / qs.size()) % values.size());
      k++;
      return save(q, value);
    }

    /**
     * The Faces ajax post of a click on a radio button, as PrimeFaces sends it (the radio group and
     * the page's revision, quiz-question.xhtml's process); true when the page says "saved".
     */
    boolean save(int question, String value) {
      String name = names.get(question);
      String id = choices.get(question).get(value);
      String saved = "quiz:questions:" + question + ":saved";
      Map<String, String> form = new LinkedHashMap<>();
      form.put("jakarta.faces.partial.ajax", "true");
      form.put("jakarta.faces.source", id);
      form.put("jakarta.faces.partial.execute", name + " " + id + (revision == null ? "" : " quiz:revision"));
      form.put("jakarta.faces.partial.render", saved + (revision == null ? "" : " quiz:revision"));
      form.put("jakarta.faces.behavior.event", "change");
      form.put("jakarta.faces.partial.event", "change");
      form.put("quiz", "quiz");
      form.put(name, value);
      if (revision != null) {
        form.put("quiz:revision", revision);
      }
      form.put("jakarta.faces.ViewState", page.viewState());
      inFlight.put(question, value);
      Page p = client.send(HttpRequest.newBuilder(URI.create(client.base + "/quiz/take"))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .header("Faces-Request", "partial/ajax")
          .POST(HttpRequest.BodyPublishers.ofString(Client.encode(form))));
      int update = p.body.indexOf("<update id=\"" + saved + "\">");
      int end = p.body.indexOf("</update>", Math.max(update, 0));
      boolean ok = p.status == 200 && !p.body.contains("<error>") && update >= 0 && end > update
          && p.body.substring(update, end).contains(text("quiz_question.status.saved").replace("&", "&amp;"));
      String updated = p.status == 200 ? revisionIn(p.body) : null;
      if (updated != null) {
        revision = updated;
      }
      if (ok) {
        acknowledged.put(question, value);
        inFlight.remove(question);
        saves++;
      } else if (refusals++ < 2) {
        String body = p.body.replaceAll("\\s+", " ");
        System.out.println("  a save not acknowledged (" + p.status + " from " + client.lastNode + "): "
            + body.substring(0, Math.min(700, body.length())));
      }
      return ok;
    }

    /** The id of the question at this number of the patient's attempt (its question order). */
    long questionId(Connection db, String email, int number) throws Exception {
      if (order == null) {
        try (PreparedStatement q = db.prepareStatement(
            "SELECT t.question_order FROM quiz_attempt t JOIN account a ON a.id = t.account_id"
                + " WHERE a.email = ? AND t.submitted_at IS NULL")) {
          q.setString(1, email);
          try (ResultSet rs = q.executeQuery()) {
            if (!rs.next()) {
              throw new IllegalStateException("no open attempt for " + email);
            }
            order = Stream.of(rs.getString(1).split(",")).map(String::trim).map(Long::valueOf).toList();
          }
        }
      }
      return order.get(number);
    }
  }

  static String text(String key) {
    String t = messages.getProperty(key);
    if (t == null) {
      throw new IllegalStateException("no message " + key);
    }
    return t;
  }

  static String attribute(String tag, String name) {
    Matcher m = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag);
    return m.find() ? m.group(1) : "";
  }

  // --- pollers and HAProxy --------------------------------------------------------------------

  interface Step {
    boolean run(Client c) throws Exception;
  }

  /** One signed-in session sending requests back to back; counts what failed. */
  static final class Poller {
    final String name;
    final Client client;
    final Step step;
    final AtomicBoolean stop = new AtomicBoolean();
    final AtomicLong ok = new AtomicLong();
    final AtomicLong failed = new AtomicLong();
    final AtomicLong slowestMs = new AtomicLong();
    final AtomicLong firstNode2 = new AtomicLong(-1);
    final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
    Thread thread;

    Poller(String name, Client client, Step step) {
      this.name = name;
      this.client = client;
      this.step = step;
    }

    void start() {
      thread = new Thread(() -> {
        while (!stop.get()) {
          long t = System.nanoTime();
          boolean good;
          try {
            good = step.run(client);
          } catch (Exception e) {
            good = false;
            errors.add(e.toString());
          }
          long took = ms(System.nanoTime() - t);
          slowestMs.accumulateAndGet(took, Math::max);
          if (good) {
            ok.incrementAndGet();
            if ("node2".equals(client.lastNode)) {
              firstNode2.compareAndSet(-1, System.nanoTime());
            }
          } else {
            failed.incrementAndGet();
            if (errors.size() < 5) {
              errors.add("status " + client.lastStatus + " from " + client.lastNode);
            }
          }
        }
      }, name);
      thread.start();
    }

    void stop() throws InterruptedException {
      stop.set(true);
      thread.join(60_000);
    }

    long firstNode2Ms(long killedAt) {
      long t = firstNode2.get();
      return t < 0 ? -1 : ms(t - killedAt);
    }
  }

  /** Watches HAProxy's statistics until node 1 is DOWN. */
  static final class Watch {
    volatile long downMs = -1;
    final CountDownLatch done = new CountDownLatch(1);

    static Watch start(long since) {
      Watch w = new Watch();
      Client c = new Client(opts.get("stats"), null);
      Thread t = new Thread(() -> {
        long deadline = since + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
          try {
            Page csv = c.get("");
            for (String line : csv.body.split("\n")) {
              String[] f = line.split(",");
              if (f.length > 17 && f[0].equals("painwise") && f[1].equals("node1") && f[17].startsWith("DOWN")) {
                w.downMs = ms(System.nanoTime() - since);
                w.done.countDown();
                return;
              }
            }
            Thread.sleep(20);
          } catch (Exception e) {
            // HAProxy's statistics answer again next time
          }
        }
        w.done.countDown();
      }, "haproxy-watch");
      t.setDaemon(true);
      t.start();
      return w;
    }

    void await(int seconds) throws InterruptedException {
      done.await(seconds, TimeUnit.SECONDS);
    }
  }

  // --- HTTP -------------------------------------------------------------------------------------

  record Page(int status, String body, String location) {
    String viewState() {
      Matcher m = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"").matcher(body);
      if (!m.find()) {
        throw new IllegalStateException("no view state on the page (status " + status + ")");
      }
      return m.group(1).replace("&#58;", ":").replace("&amp;", "&");
    }
  }

  /** A browser-like client: cookies, no redirects followed, Origin on posts. */
  static final class Client {
    final String base;
    final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    final HttpClient http;
    volatile String lastNode;
    volatile int lastStatus;

    /** {@code node}: pin this client to a node with HAProxy's cookie, as a returning browser. */
    Client(String base, String node) {
      this.base = base.replaceAll("/$", "");
      if (node != null) {
        HttpCookie pin = new HttpCookie("PWNODE", node);
        pin.setPath("/");
        pin.setVersion(0);
        cookies.getCookieStore().add(URI.create(this.base + "/"), pin);
      }
      // HTTP/1.1 as browsers speak it to a plain-http site (Java's default, HTTP/2, asks for an
      // h2c upgrade, which would turn the connection into a tunnel past HAProxy's HTTP rules).
      this.http = HttpClient.newBuilder().cookieHandler(cookies).version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    }

    Page get(String path) {
      return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    Page login(String email, String password) {
      Page login = get("/login");
      return postback(login, "login", Map.of("email", email, "password", password), "submit");
    }

    /** Posts form {@code formId} of {@code page} to its action, with its hidden inputs. */
    Page postback(Page page, String formId, Map<String, String> fields, String button) {
      Matcher m = Pattern.compile("<form id=\"" + Pattern.quote(formId) + "\"[^>]*action=\"([^\"]*)\"").matcher(page.body);
      if (!m.find()) {
        throw new IllegalStateException("no form " + formId + " on the page (status " + page.status + ")");
      }
      String action = m.group(1).replace("&amp;", "&");
      int end = page.body.indexOf("</form>", m.start());
      String html = page.body.substring(m.start(), end < 0 ? page.body.length() : end);
      Map<String, String> form = new LinkedHashMap<>();
      Matcher input = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>").matcher(html);
      while (input.find()) {
        String name = attribute(input.group(), "name");
        if (!name.isEmpty() && !name.startsWith("jakarta.faces.") && !name.equals(formId)) {
          form.put(name, attribute(input.group(), "value").replace("&amp;", "&"));
        }
      }
      form.put(formId, formId);
      fields.forEach((k, v) -> form.put(formId + ":" + k, v));
      form.put(formId + ":" + button, button);
      form.put("jakarta.faces.ViewState", page.viewState());
      URI target = URI.create(base).resolve(action);
      return send(HttpRequest.newBuilder(target)
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(encode(form))));
    }

    Page send(HttpRequest.Builder builder) {
      HttpRequest request = builder.timeout(Duration.ofSeconds(60)).build();
      if (!request.method().equals("GET")) {
        request = HttpRequest.newBuilder(request, (n, v) -> true).header("Origin", lb).build();
      }
      try {
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        lastNode = r.headers().firstValue("X-Painwise-Node").orElse(lastNode);
        lastStatus = r.statusCode();
        return new Page(r.statusCode(), r.body(), r.headers().firstValue("Location").orElse(null));
      } catch (IOException e) {
        lastStatus = -1;
        throw new java.io.UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    URI uri(String path) {
      return path.startsWith("http") ? URI.create(path) : URI.create(base + path);
    }

    static String encode(Map<String, String> form) {
      return form.entrySet().stream()
          .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
              + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
          .collect(Collectors.joining("&"));
    }
  }
}
