package org.painwise.bench.soak;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What a soak run does, from system properties (SoakIT sets them for the CI run, bench/soak.sh for
 * the full one):
 *
 * <ul>
 *   <li>{@code soak.baseUrl}: the app's root URL, without the trailing slash;
 *   <li>{@code soak.users}: patients; {@code soak.therapists}: therapists (virtual users);
 *   <li>{@code soak.seconds}: how long the users keep going; {@code soak.rampSeconds}: over how
 *       many seconds they arrive;
 *   <li>{@code soak.accounts}: {@code signup} (each patient makes its own account, as the ITs do;
 *       the therapists are the demo therapist) or {@code seeded} (the benchmark's accounts,
 *       bench/seed: {@code bench-patient-N} and {@code bench-therapist-N});
 *   <li>{@code soak.pauseMin}, {@code soak.pauseMax}: seconds between two actions of a person;
 *   <li>{@code soak.ledger}: the file where the acknowledged answers go.
 * </ul>
 */
public record SoakSettings(
    String baseUrl,
    int users,
    int therapists,
    Duration duration,
    Duration ramp,
    boolean signUp,
    Duration pauseMin,
    Duration pauseMax,
    Path ledger) {

  /** The password of every soak account (the benchmark's seeded and the demo accounts' too). */
  public static final String PASSWORD = "painwise-demo";

  public static SoakSettings fromSystemProperties() {
    String base = System.getProperty("soak.baseUrl", "http://127.0.0.1:8080/painwise-it");
    return new SoakSettings(
        base.replaceAll("/$", ""),
        Integer.getInteger("soak.users", 40),
        Integer.getInteger("soak.therapists", 2),
        Duration.ofSeconds(Integer.getInteger("soak.seconds", 120)),
        Duration.ofSeconds(Integer.getInteger("soak.rampSeconds", 30)),
        !"seeded".equals(System.getProperty("soak.accounts", "signup")),
        Duration.ofSeconds(Integer.getInteger("soak.pauseMin", 5)),
        Duration.ofSeconds(Integer.getInteger("soak.pauseMax", 15)),
        Path.of(System.getProperty("soak.ledger", "target/soak/ledger.tsv")));
  }

  /** The scheme, host and port of the base URL: the Origin header of a browser on this site. */
  public String origin() {
    return baseUrl.replaceAll("^(https?://[^/]+).*$", "$1");
  }

  /** The email of patient {@code n} (from 1): a fresh one, or the seeded bench-patient-n. */
  public String patientEmail(int n, String runId) {
    return signUp
        ? "soak-" + runId + "-" + n + "@example.org"
        : "bench-patient-" + n + "@painwise.test";
  }

  /** The email of therapist {@code n} (from 1): the demo therapist, or bench-therapist-n. */
  public String therapistEmail(int n) {
    return signUp ? "therapist@painwise.test" : "bench-therapist-" + n + "@painwise.test";
  }
}
