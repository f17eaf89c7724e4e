package org.painwise.account;

import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The identity of work that runs with nobody signed in: the start-up imports, the demo data and the
 * reminder timer. Only server code can take it, for the length of one call, with a reason that is
 * logged; no request can reach it. {@link GuardInterceptor} lets it through.
 */
public final class SystemIdentity {

  private static final Logger LOG = Logger.getLogger(SystemIdentity.class.getName());
  private static final ThreadLocal<String> TASK = new ThreadLocal<>();

  private SystemIdentity() {}

  /** Runs {@code work} as the system, for {@code task} (a short name for the log). */
  public static <T> T call(String task, Supplier<T> work) {
    String outer = TASK.get();
    TASK.set(task);
    LOG.fine(() -> "System task: " + task);
    try {
      return work.get();
    } finally {
      if (outer == null) {
        TASK.remove();
      } else {
        TASK.set(outer);
      }
    }
  }

  /** Runs {@code work} as the system, for {@code task}. */
  public static void run(String task, Runnable work) {
    call(
        task,
        () -> {
          work.run();
          return null;
        });
  }

  /** Whether the current thread runs a system task. */
  public static boolean active() {
    return TASK.get() != null;
  }
}
