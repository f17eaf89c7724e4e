package org.painwise.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The journal's balance: per week (Monday to Sunday), the danger and safety items in the journal at
 * the end of the week (now, for this week); removed items count only while they were there.
 */
class JournalBalanceTest {

  private static final ZoneId UTC = ZoneOffset.UTC;
  // Wednesday 2026-11-25, noon.
  private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

  @Test
  void noItemsNoWeeks() {
    JournalBalance b = JournalBalance.of(List.of(), NOW, UTC, LocalDate::toString);
    assertTrue(b.isEmpty());
    assertEquals("", b.getDangerLine());
    assertEquals("", b.getFirstDate());
  }

  @Test
  void countsEachSideAtTheEndOfEachWeekFromTheFirstItem() {
    List<JournalItem> items = new ArrayList<>();
    // Two weeks ago (week of Monday 2026-11-09): one danger.
    items.add(item(JournalSide.DANGER, "2026-11-10T09:00:00Z", null));
    // Last week (week of 2026-11-16): a safety item, and a danger removed the same week.
    items.add(item(JournalSide.SAFETY, "2026-11-17T09:00:00Z", null));
    items.add(item(JournalSide.DANGER, "2026-11-18T09:00:00Z", "2026-11-20T09:00:00Z"));
    // This week: another safety item, and a danger removed later today (still there now).
    items.add(item(JournalSide.SAFETY, "2026-11-23T09:00:00Z", null));
    items.add(item(JournalSide.DANGER, "2026-11-24T09:00:00Z", "2026-11-25T18:00:00Z"));

    JournalBalance b = JournalBalance.of(items, NOW, UTC, LocalDate::toString);

    List<JournalBalance.Week> w = b.getWeeks();
    assertEquals(3, w.size());
    assertEquals(LocalDate.parse("2026-11-09"), w.get(0).start());
    assertEquals(LocalDate.parse("2026-11-23"), w.get(2).start());
    assertEquals(List.of(1, 1, 2), w.stream().map(JournalBalance.Week::danger).toList());
    assertEquals(List.of(0, 1, 2), w.stream().map(JournalBalance.Week::safety).toList());
    assertEquals("2026-11-09", b.getFirstDate());
    assertEquals("2026-11-23", b.getLastDate());
    assertEquals(2, b.getTop());
    assertEquals(LocalDate.parse("2026-11-23"), b.getNewestFirst().get(0).start());
  }

  @Test
  void aWeekWithNothingLeftCountsZeroAndTheAxisStaysAtLeastOne() {
    List<JournalItem> items =
        List.of(item(JournalSide.DANGER, "2026-11-16T09:00:00Z", "2026-11-17T09:00:00Z"));
    JournalBalance b = JournalBalance.of(items, NOW, UTC, LocalDate::toString);
    assertEquals(2, b.getWeeks().size());
    assertEquals(0, b.getWeeks().get(0).danger());
    assertEquals(0, b.getWeeks().get(1).danger());
    assertEquals(1, b.getTop());
    // Zero sits on the bottom grid line.
    assertEquals(b.y(0), b.getWeeks().get(0).dangerY());
  }

  @Test
  void pointsSpanTheChartAndHigherCountsSitHigher() {
    List<JournalItem> items =
        List.of(
            item(JournalSide.SAFETY, "2026-11-02T09:00:00Z", null),
            item(JournalSide.SAFETY, "2026-11-24T09:00:00Z", null));
    JournalBalance b = JournalBalance.of(items, NOW, UTC, LocalDate::toString);
    List<JournalBalance.Week> w = b.getWeeks();
    assertEquals(4, w.size());
    assertEquals(b.getLeft(), w.get(0).x());
    assertEquals(b.getRight(), w.get(3).x());
    assertTrue(w.get(3).safetyY() < w.get(0).safetyY(), "2 is drawn above 1");
    assertEquals(w.get(0).x() + "," + w.get(0).safetyY(), b.getSafetyLine().split(" ")[0]);
  }

  @Test
  void onlyTheLatestWeeksAreShown() {
    List<JournalItem> items = List.of(item(JournalSide.DANGER, "2025-01-06T09:00:00Z", null));
    JournalBalance b = JournalBalance.of(items, NOW, UTC, LocalDate::toString);
    assertEquals(JournalBalance.MAX_WEEKS, b.getWeeks().size());
    assertEquals(LocalDate.parse("2026-11-23"), b.getWeeks().get(b.getWeeks().size() - 1).start());
    assertEquals(1, b.getWeeks().get(0).danger());
  }

  @Test
  void itemLinksPointAtTheLessonSections() {
    assertEquals(
        "lessons/living-well-with-pain/danger-and-safety#danger-in-me",
        JournalSide.DANGER.getHref());
    assertEquals(
        "lessons/living-well-with-pain/danger-and-safety#safety-in-me",
        JournalSide.SAFETY.getHref());
    assertEquals(
        "lessons/living-well-with-pain/danger-and-safety#activities",
        JournalCategory.ACTIVITIES.getHref());
  }

  private static JournalItem item(JournalSide side, String added, String removed) {
    JournalItem i = new JournalItem(1L, side, JournalCategory.PLACES, "x", Instant.parse(added));
    if (removed != null) {
      i.remove(Instant.parse(removed));
    }
    return i;
  }
}
