package org.painwise.outcome;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * When boosters are due: 4 and 12 weeks (UTC days) after a module was completed. The 4-week booster
 * is offered from its day until the 12-week one is due (then only the 12-week one is); the 12-week
 * booster stays offered until it is taken. A booster taken is never offered again.
 */
public final class BoosterSchedule {

  public static final int EARLY = 4;
  public static final int LATE = 12;
  public static final List<Integer> WEEKS = List.of(EARLY, LATE);

  /** One booster due for one module. */
  public record Due(long moduleId, int weeks, LocalDate dueOn) {}

  private BoosterSchedule() {}

  /** The day a booster of {@code weeks} becomes due for a module completed at {@code completed}. */
  public static LocalDate dueOn(Instant completed, int weeks) {
    return completed.atZone(ZoneOffset.UTC).toLocalDate().plusWeeks(weeks);
  }

  /** The key of a taken booster in {@code taken}. */
  public static String key(long moduleId, int weeks) {
    return moduleId + ":" + weeks;
  }

  /**
   * The boosters due on {@code today}, at most one per module, the oldest due first.
   *
   * @param completions module id to when it was completed
   * @param taken {@link #key} of each booster taken
   */
  public static List<Due> due(Map<Long, Instant> completions, Set<String> taken, LocalDate today) {
    List<Due> due = new ArrayList<>();
    completions.forEach(
        (module, completed) -> {
          LocalDate late = dueOn(completed, LATE);
          LocalDate early = dueOn(completed, EARLY);
          if (!today.isBefore(late)) {
            if (!taken.contains(key(module, LATE))) {
              due.add(new Due(module, LATE, late));
            }
          } else if (!today.isBefore(early) && !taken.contains(key(module, EARLY))) {
            due.add(new Due(module, EARLY, early));
          }
        });
    due.sort(Comparator.comparing(Due::dueOn).thenComparing(Due::moduleId));
    return due;
  }

  /**
   * Whether a booster became due within the last week up to {@code today} (a reminder is sent once
   * for it, on the first run after it became due).
   */
  public static boolean newlyDue(Due due, LocalDate today) {
    return !due.dueOn().isAfter(today) && due.dueOn().isAfter(today.minusDays(7));
  }
}
