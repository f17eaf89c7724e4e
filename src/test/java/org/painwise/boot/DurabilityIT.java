package org.painwise.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.painwise.testsupport.AlsoOnPostgreSQL;
import org.painwise.testsupport.FacesClient;
import org.painwise.testsupport.FacesClient.Page;
import org.painwise.testsupport.ItDatabase;
import org.painwise.testsupport.QuizRadios;

/**
 * An acknowledged write is durable. A second server of its own (the provisioned WildFly with its
 * own base dir, port offset and H2 file, started here as a child process so that it can be killed):
 * learners sign up and save quiz answers by ajax, some submit, all at once; the server gets SIGKILL
 * in the middle and starts again. Then every answer and submit that the server acknowledged
 * ("Answer saved.", the redirect to the results) must be in the database, none twice, and an
 * account made before the kill signs in after it. The database is read with H2's own driver once
 * the server has stopped. In the PostgreSQL test run the second server runs on a fresh database of
 * the throwaway PostgreSQL instead, read with PostgreSQL's driver.
 */
@AlsoOnPostgreSQL
class DurabilityIT {

  private static final int LEARNERS = 24;
  private static final String PASSWORD = "a-good-password";
  private static final String TAKE = "/quiz/take?module=pain-alarm-system";

  private final Path target = Path.of(System.getProperty("painwise.target", "target"));
  private final Path home = target.resolve("server");
  private final Path base = target.resolve("restart-base");
  private final Path data = target.resolve("restart-data");
  private final int offset = Integer.getInteger("painwise.it.restart.port.offset", 100);
  private final int managementPort =
      Integer.getInteger("painwise.it.restart.management.port", 10090);
  private final String url =
      "http://127.0.0.1:"
          + System.getProperty("painwise.it.restart.http.port", "8180")
          + "/painwise-it/";

  /** One learner: a signed-in client on the quiz page, and what the server acknowledged. */
  private static final class Learner {
    final int n;
    final String email;
    final FacesClient client;
    Page quiz;

    /** Question index on the page to its radio group's name, and each choice's value to its id. */
    final Map<Integer, String> names = new LinkedHashMap<>();

    final Map<Integer, Map<String, String>> choices = new LinkedHashMap<>();
    QuizRadios radios;
    final Map<Integer, String> acknowledged = new HashMap<>();
    final Map<Integer, String> inFlight = new HashMap<>();
    int saves;
    boolean submitSent;
    boolean submitted;

    Learner(int n, URL base) {
      this.n = n;
      this.email = FacesClient.uniqueEmail("durable" + n);
      this.client = new FacesClient(base);
    }
  }

  @Test
  void acknowledgedAnswersAndSubmitsSurviveAKill() throws Exception {
    Server server = new Server();
    ExecutorService pool = Executors.newFixedThreadPool(LEARNERS);
    // A fresh base dir (the provisioned configuration, nothing deployed) and database.
    deleteTree(data);
    deleteTree(base);
    Files.createDirectories(base);
    copyTree(home.resolve("standalone/configuration"), base.resolve("configuration"));
    if (ItDatabase.postgres()) {
      server.postgresUrl = ItDatabase.freshDatabase("painwise_durability");
    }
    try {
      server.start("first");
      server.deploy(target.resolve("painwise-it.war"));
      server.awaitApp(url);

      List<Learner> learners = new ArrayList<>();
      for (int n = 0; n < LEARNERS; n++) {
        learners.add(new Learner(n, URI.create(url).toURL()));
      }
      for (Future<?> f :
          pool.invokeAll(learners.stream().map(l -> callable(() -> open(l))).toList())) {
        f.get();
      }

      // Everyone saves answers until the kill; every fourth learner submits just before it.
      AtomicBoolean stop = new AtomicBoolean();
      AtomicBoolean submitNow = new AtomicBoolean();
      AtomicInteger acks = new AtomicInteger();
      List<Learner> submitters = learners.stream().filter(l -> l.n % 4 == 0).toList();
      CountDownLatch submitsDone = new CountDownLatch(submitters.size());
      List<Future<?>> running = new ArrayList<>();
      for (Learner l : learners) {
        running.add(
            pool.submit(
                () -> {
                  try {
                    work(l, stop, submitNow, acks);
                  } finally {
                    if (l.n % 4 == 0) {
                      submitsDone.countDown();
                    }
                  }
                }));
      }
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      while (acks.get() < 8 * LEARNERS && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      submitNow.set(true);
      submitsDone.await(20, TimeUnit.SECONDS);
      server.kill();
      stop.set(true);
      for (Future<?> f : running) {
        f.get(60, TimeUnit.SECONDS);
      }

      server.start("after-kill");
      server.awaitApp(url);
      Page login = new FacesClient(URI.create(url).toURL()).login(learners.get(0).email, PASSWORD);
      assertEquals(302, login.status(), "an account made before the kill signs in after it");
      assertTrue(login.location().endsWith("/patient/index"), login.location());
      server.stop();

      check(learners, server.postgresUrl);
    } finally {
      pool.shutdownNow();
      server.kill();
    }
  }

  /** Signs up, signs in and starts the quiz; notes its single-choice questions. */
  private void open(Learner l) {
    Page signedUp = l.client.signUp("Dura Learner " + l.n, l.email, PASSWORD);
    assertTrue(signedUp.isRedirect(), "signed up: " + signedUp.status());
    assertTrue(l.client.login(l.email, PASSWORD).isRedirect(), "signed in");
    Page intro = l.client.get(TAKE);
    assertTrue(l.client.submit(TAKE, intro, "start", Map.of(), "start").isRedirect(), "started");
    l.quiz = l.client.get(TAKE);
    l.radios = QuizRadios.of(l.quiz);
    l.names.putAll(l.radios.names());
    l.choices.putAll(l.radios.choices());
    assertTrue(l.choices.size() >= 3, "single-choice questions on the quiz page");
  }

  /** Saves answers one after the other, cycling over questions and choices, until stopped. */
  private void work(Learner l, AtomicBoolean stop, AtomicBoolean submitNow, AtomicInteger acks) {
    List<Integer> questions = new ArrayList<>(l.choices.keySet());
    try {
      for (int k = l.n; !stop.get(); k++) {
        if (submitNow.get() && l.n % 4 == 0) {
          submit(l);
          return;
        }
        int question = questions.get(k % questions.size());
        List<String> values = new ArrayList<>(l.choices.get(question).keySet());
        String value = values.get((k / questions.size() + l.n) % values.size());
        l.inFlight.put(question, value);
        if (save(l, question, value)) {
          l.acknowledged.put(question, value);
          l.inFlight.remove(question);
          l.saves++;
          acks.incrementAndGet();
        }
      }
    } catch (UncheckedIOException | IllegalStateException e) {
      // The server is gone: what was in flight is neither acknowledged nor refused.
    }
  }

  /** The Faces ajax post of a click on a radio button; true when the page says "saved". */
  private boolean save(Learner l, int question, String value) {
    return QuizRadios.showsSaved(
        l.radios.click(l.client, url, question, value, l.quiz.viewState()), question);
  }

  /** Submits with the acknowledged answers; true when the server redirects to the results. */
  private void submit(Learner l) {
    Map<String, String> fields = new LinkedHashMap<>();
    l.acknowledged.forEach(
        (question, value) -> fields.put(l.names.get(question).substring("quiz:".length()), value));
    l.submitSent = true;
    Page page = l.client.submit(TAKE, l.quiz, "quiz", fields, "submit");
    l.submitted = page.status() == 302 && page.location().contains("/quiz/result?attempt=");
  }

  /**
   * Reads the database (H2's file with H2's driver, or the PostgreSQL database) and compares it
   * with what was acknowledged.
   */
  private void check(List<Learner> learners, String postgresUrl) throws Exception {
    int acknowledgedSaves = 0;
    int answers = 0;
    int present = 0;
    int submits = 0;
    int stillSubmitted = 0;
    int doubled = 0;
    List<String> problems = new ArrayList<>();
    try (Connection db = postgresUrl == null ? h2() : ItDatabase.connect(postgresUrl)) {
      for (Learner l : learners) {
        acknowledgedSaves += l.saves;
        List<Attempt> attempts = attempts(db, l.email);
        if (attempts.size() != 1) {
          doubled += Math.max(0, attempts.size() - 1);
          problems.add(l.email + ": " + attempts.size() + " attempts, expected 1");
          continue;
        }
        Attempt attempt = attempts.get(0);
        for (Map.Entry<Integer, String> acked : l.acknowledged.entrySet()) {
          answers++;
          int question = acked.getKey();
          String stored = attempt.answers.get(attempt.order.get(question));
          String sentLast = l.inFlight.get(question);
          if (acked.getValue().equals(stored) || (sentLast != null && sentLast.equals(stored))) {
            present++;
          } else {
            problems.add(
                l.email
                    + " question "
                    + question
                    + ": acknowledged "
                    + acked.getValue()
                    + ", stored "
                    + stored);
          }
        }
        if (l.submitted) {
          submits++;
          if (attempt.submitted) {
            stillSubmitted++;
          } else {
            problems.add(l.email + ": the acknowledged submit is open again");
          }
        }
        doubled += attempt.copies;
      }
    }
    System.out.printf(
        "DurabilityIT: %d learners, %d acknowledged saves; %d acknowledged answers (last per"
            + " question): %d present, %d lost; %d acknowledged submits: %d still submitted, %d"
            + " reopened; %d doubled%n",
        learners.size(),
        acknowledgedSaves,
        answers,
        present,
        answers - present,
        submits,
        stillSubmitted,
        submits - stillSubmitted,
        doubled);
    assertTrue(acknowledgedSaves >= 2 * LEARNERS, "enough saves before the kill");
    assertTrue(submits >= 1, "at least one acknowledged submit before the kill");
    assertTrue(problems.isEmpty(), String.join("\n", problems));
    assertEquals(0, doubled, "answers or attempts doubled");
  }

  private record Attempt(
      boolean submitted, List<Long> order, Map<Long, String> answers, int copies) {}

  private static List<Attempt> attempts(Connection db, String email) throws SQLException {
    List<Attempt> attempts = new ArrayList<>();
    try (PreparedStatement q =
        db.prepareStatement(
            "SELECT a.id, a.question_order, a.submitted_at FROM quiz_attempt a"
                + " JOIN account c ON c.id = a.account_id WHERE c.email = ?")) {
      q.setString(1, email);
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          List<Long> order =
              Stream.of(rs.getString(2).split(",")).map(String::trim).map(Long::valueOf).toList();
          Map<Long, String> answers = new HashMap<>();
          int copies = 0;
          try (PreparedStatement a =
              db.prepareStatement(
                  "SELECT question_id, response FROM quiz_answer WHERE attempt_id = ?")) {
            a.setLong(1, rs.getLong(1));
            try (ResultSet ars = a.executeQuery()) {
              while (ars.next()) {
                if (answers.put(ars.getLong(1), ars.getString(2)) != null) {
                  copies++;
                }
              }
            }
          }
          attempts.add(new Attempt(rs.getObject(3) != null, order, answers, copies));
        }
      }
    }
    return attempts;
  }

  /** The H2 file, through the driver of the provisioned server (the version that wrote it). */
  private Connection h2() throws Exception {
    Path jar;
    try (Stream<Path> files = Files.walk(home.resolve("modules"))) {
      jar =
          files
              .filter(p -> p.toString().contains("com/h2database/h2/main/"))
              .filter(p -> p.getFileName().toString().endsWith(".jar"))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no H2 jar in " + home));
    }
    URLClassLoader loader =
        new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader());
    Driver driver =
        (Driver)
            Class.forName("org.h2.Driver", true, loader).getDeclaredConstructor().newInstance();
    Properties login = new Properties();
    login.setProperty("user", "sa");
    login.setProperty("password", "sa");
    return driver.connect("jdbc:h2:file:" + data.resolve("painwise").toAbsolutePath(), login);
  }

  /** The second server: started, killed and stopped here, as a child process. */
  private final class Server {

    private Process process;

    /** The PostgreSQL test run's database for this server, or null for its own H2 file. */
    String postgresUrl;

    void start(String label) throws IOException, InterruptedException {
      Path log = target.resolve("durability-server-" + label + ".log");
      Files.deleteIfExists(log);
      ProcessBuilder builder =
          new ProcessBuilder(
                  home.resolve("bin/standalone.sh").toString(),
                  "-Djboss.server.base.dir=" + base.toAbsolutePath(),
                  "-Djboss.socket.binding.port-offset=" + offset,
                  "-Dpainwise.db.path=" + data.resolve("painwise").toAbsolutePath(),
                  // The test measures durability, not password hashing nor throttling: its 24
                  // learners sign up at once from loopback, past the 20 sign-ups an address may
                  // make in an hour (which failed it with 429 when the sign-ups came fast enough).
                  "-Dpainwise.password.iterations=1024",
                  "-Dpainwise.throttle.exempt=127.0.0.1,::1")
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      Map<String, String> env = builder.environment();
      env.remove("JAVA_OPTS");
      env.keySet().removeIf(k -> k.startsWith("PAINWISE_"));
      // Only to watch the test fail: e.g. an H2 URL without WRITE_DELAY=0 (a fresh database).
      String dbUrl = System.getProperty("painwise.it.durability.db.url", "");
      if (!dbUrl.isBlank()) {
        env.put("PAINWISE_DB_URL", dbUrl);
      }
      if (postgresUrl != null) {
        env.put("PAINWISE_DB_DRIVER", "postgresql");
        env.put("PAINWISE_DB_URL", postgresUrl);
        env.put("PAINWISE_DB_USER", ItDatabase.user());
        env.put("PAINWISE_DB_PASSWORD", ItDatabase.password());
        // src/test/pg/pg.sh stops a server with this marker if the build ends without doing so.
        builder.command().add("-Dpainwise.it.pg=" + ItDatabase.pgDir());
      }
      env.put(
          "JBOSS_JAVA_SIZING",
          "-Xms64m -Xmx384m "
              + System.getProperty(
                  "painwise.it.server.jvm", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"));
      process = builder.start();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
      while (System.nanoTime() < deadline) {
        String out = Files.readString(log, StandardCharsets.ISO_8859_1);
        if (out.contains("WFLYSRV0025") || out.contains("WFLYSRV0026")) {
          return;
        }
        if (!process.isAlive()) {
          throw new AssertionError("the server stopped while starting, see " + log);
        }
        Thread.sleep(200);
      }
      throw new AssertionError("the server did not start within 180 s, see " + log);
    }

    /** Deploys through the management API (the provisioned server has no deployment scanner). */
    void deploy(Path war) throws IOException, InterruptedException {
      Path log = target.resolve("durability-deploy.log");
      ProcessBuilder cli =
          new ProcessBuilder(
                  home.resolve("bin/jboss-cli.sh").toString(),
                  "--connect",
                  "--controller=remote+http://127.0.0.1:" + managementPort,
                  "--command=deploy --force " + war.toAbsolutePath())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      cli.environment().remove("JAVA_OPTS");
      Process p = cli.start();
      if (!p.waitFor(180, TimeUnit.SECONDS) || p.exitValue() != 0) {
        p.destroyForcibly();
        throw new AssertionError("deploy failed: " + Files.readString(log));
      }
    }

    /** Waits until the application answers its sign-in page. */
    void awaitApp(String app) throws IOException, InterruptedException {
      FacesClient client = new FacesClient(URI.create(app).toURL());
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
      while (System.nanoTime() < deadline) {
        try {
          if (client.get("/login").status() == 200) {
            return;
          }
        } catch (UncheckedIOException e) {
          // not listening yet
        }
        if (!process.isAlive()) {
          throw new AssertionError("the server stopped");
        }
        Thread.sleep(200);
      }
      throw new AssertionError("the application did not answer within 180 s");
    }

    /** SIGKILL to the server's JVM and the script that started it: no shutdown of any kind. */
    void kill() throws InterruptedException {
      if (process == null) {
        return;
      }
      List<ProcessHandle> all =
          Stream.concat(process.descendants(), Stream.of(process.toHandle())).toList();
      all.forEach(ProcessHandle::destroyForcibly);
      for (ProcessHandle h : all) {
        h.onExit().completeOnTimeout(h, 30, TimeUnit.SECONDS).join();
      }
      process = null;
    }

    /** A normal stop (SIGTERM to the JVM), so that the database file is closed. */
    void stop() throws InterruptedException {
      List<ProcessHandle> jvms = process.descendants().toList();
      jvms.forEach(ProcessHandle::destroy);
      process.waitFor(60, TimeUnit.SECONDS);
      kill();
    }
  }

  private static java.util.concurrent.Callable<Void> callable(Runnable r) {
    return () -> {
      r.run();
      return null;
    };
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path p : paths.toList()) {
        Files.copy(p, to.resolve(from.relativize(p).toString()));
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
