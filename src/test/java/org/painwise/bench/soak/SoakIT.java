package org.painwise.bench.soak;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.painwise.testsupport.TestServer;

/**
 * The soak test's two-minute version, against the build's test server: {@link SoakSimulation} with
 * fresh patients who sign up (40 by default, {@code -Dsoak.users}) and the demo therapist (two
 * sessions, {@code -Dsoak.therapists}), for 120 s ({@code -Dsoak.seconds}; every user completes its
 * first round, so a slow server makes it longer), 5 to 10 s between actions, run by Gatling in this
 * JVM. It checks errors and lost answers only: no request failed, no user met a page without what
 * it needed, and every answer, submit and check-in that the server acknowledged is in the database,
 * read back through each patient's export ({@link SoakCheck}). Two minutes are too short to judge
 * the heap or the latencies: bench/soak.sh does that in 30 minutes on its own server.
 *
 * <p>Fewer users than the full run's 200: the test server is shared with the other ITs (three
 * forks) on two cores, and every sign-up and sign-in here hashes the password (with the test
 * server's 1,024 PBKDF2 iterations; the app's default is 210,000). Gatling's report goes to {@code
 * target/soak-ci/gatling}.
 */
class SoakIT {

  private static final Path OUT = Path.of("target/soak-ci").toAbsolutePath();

  @Test
  void twoMinutesOfPatientsAndTherapistsLoseNoRequestAndNoAnswer() throws Exception {
    Path ledger = OUT.resolve("ledger.tsv");
    Files.createDirectories(OUT);
    System.setProperty("soak.baseUrl", TestServer.url().toExternalForm().replaceAll("/$", ""));
    System.setProperty("soak.accounts", "signup");
    System.setProperty("soak.ledger", ledger.toString());
    System.setProperty("soak.rampSeconds", System.getProperty("soak.rampSeconds", "10"));
    // 5 to 10 s between actions (the full run: 5 to 15): a patient's first round, which every
    // user completes, then fits in about two minutes.
    System.setProperty("soak.pauseMax", System.getProperty("soak.pauseMax", "10"));

    int status =
        io.gatling.app.Gatling$.MODULE$.fromArgs(
            new String[] {
              "-s", SoakSimulation.class.getName(),
              "-rf", OUT.resolve("gatling").toString(),
              "-rd", "SoakIT: the two-minute soak in the build"
            });

    List<SoakReport.RequestStats> requests = SoakReport.readGatling(OUT.resolve("gatling"));
    String failed =
        requests.stream()
            .skip(1)
            .filter(r -> r.ko() > 0)
            .map(r -> r.name() + ": " + r.ko() + " of " + r.total())
            .collect(Collectors.joining(", "));
    SoakCheck.Result check = SoakCheck.check(TestServer.url(), ledger, false);
    System.out.println("SoakIT: " + check.summary());

    assertAll(
        () -> assertTrue(!requests.isEmpty(), "Gatling wrote no report (status " + status + ")"),
        () ->
            assertEquals(
                0,
                requests.isEmpty() ? -1 : requests.get(0).ko(),
                "failed requests: " + failed + " (report under " + OUT + "/gatling)"),
        () -> assertEquals(0, status, "Gatling's assertions (no failed request) or run failed"),
        () -> assertTrue(check.passed(), check.summary()),
        () -> assertTrue(check.answersChecked() > 0, "no answer was acknowledged to check"),
        () -> assertTrue(check.submitsChecked() > 0, "no quiz was submitted"),
        () -> assertTrue(check.checkinsAcknowledged() > 0, "no check-in was saved"));
  }
}
