package org.painwise.config;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * The app's own meters, counted in the server's Micrometer registry (the {@code micrometer} layer),
 * which serves them with the server's meters at {@code /metrics} on the management port, in the
 * Prometheus format: a counter {@code painwise.quiz.saves} is scraped as {@code
 * painwise_quiz_saves_total}. README "Database" > "Health and metrics" lists them. Every name is
 * here, so that the list stays whole; tags take only values from a small fixed set (a view id,
 * never an account).
 */
@ApplicationScoped
public class Metrics {

  /** A Faces page rendered on a GET (not an ajax or form post), tag {@code view}. */
  public static final String PAGE_VIEWS = "painwise.page.views";

  public static final String QUIZ_SAVES = "painwise.quiz.saves";
  public static final String QUIZ_SUBMITS = "painwise.quiz.submits";
  public static final String CHECKINS = "painwise.checkins";

  /** A sign-in that did not go through, tag {@code reason}. */
  public static final String LOGINS_FAILED = "painwise.logins.failed";

  /** A run of the reminders (the timer's or an admin's). */
  public static final String REMINDER_RUNS = "painwise.reminders.runs";

  /** A database backup, tag {@code outcome} (done, failed). */
  public static final String BACKUPS = "painwise.backups";

  @Inject private Instance<MeterRegistry> registries;

  private MeterRegistry registry;

  @PostConstruct
  void init() {
    // Without the micrometer layer (a server provisioned without it) the counts stay in memory.
    registry = registries.isResolvable() ? registries.get() : new SimpleMeterRegistry();
  }

  /** Adds one to the counter {@code name}, with tags as name-value pairs. */
  public void count(String name, String... tags) {
    registry.counter(name, tags).increment();
  }
}
