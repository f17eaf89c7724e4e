package org.painwise.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** When boosters are due: 4 and 12 weeks after completion, once each, the 4-week one lapsing. */
class BoosterScheduleTest {

  private static final Instant COMPLETED = Instant.parse("2026-01-05T22:30:00Z");
  private static final LocalDate DAY = LocalDate.of(2026, 1, 5);

  @Test
  void nothingIsDueBeforeFourWeeks() {
    assertEquals(List.of(), due(Set.of(), DAY.plusWeeks(4).minusDays(1)));
    assertEquals(List.of(), due(Set.of(), DAY));
  }

  @Test
  void theFourWeekBoosterIsDueOnItsDayAndStaysUntilTaken() {
    assertEquals(
        List.of(new BoosterSchedule.Due(7, 4, DAY.plusWeeks(4))), due(Set.of(), DAY.plusWeeks(4)));
    assertEquals(
        List.of(new BoosterSchedule.Due(7, 4, DAY.plusWeeks(4))), due(Set.of(), DAY.plusWeeks(11)));
    assertEquals(List.of(), due(Set.of(BoosterSchedule.key(7, 4)), DAY.plusWeeks(6)));
  }

  @Test
  void atTwelveWeeksOnlyTheTwelveWeekBoosterIsOfferedWhetherOrNotTheFirstWasTaken() {
    BoosterSchedule.Due late = new BoosterSchedule.Due(7, 12, DAY.plusWeeks(12));
    assertEquals(List.of(late), due(Set.of(), DAY.plusWeeks(12)));
    assertEquals(List.of(late), due(Set.of(BoosterSchedule.key(7, 4)), DAY.plusWeeks(30)));
    assertEquals(
        List.of(),
        due(Set.of(BoosterSchedule.key(7, 4), BoosterSchedule.key(7, 12)), DAY.plusWeeks(12)));
  }

  @Test
  void daysCountInUtcAndModulesAreOrderedByDueDay() {
    Instant late = Instant.parse("2026-01-01T00:00:00Z");
    List<BoosterSchedule.Due> due =
        BoosterSchedule.due(Map.of(7L, COMPLETED, 3L, late), Set.of(), DAY.plusWeeks(4));
    assertEquals(2, due.size());
    assertEquals(3L, due.get(0).moduleId());
    assertEquals(LocalDate.of(2026, 1, 29), due.get(0).dueOn());
    assertEquals(DAY.plusWeeks(4), due.get(1).dueOn());
  }

  @Test
  void aBoosterIsNewlyDueForAWeek() {
    BoosterSchedule.Due d = new BoosterSchedule.Due(7, 4, DAY.plusWeeks(4));
    assertTrue(BoosterSchedule.newlyDue(d, DAY.plusWeeks(4)));
    assertTrue(BoosterSchedule.newlyDue(d, DAY.plusWeeks(4).plusDays(6)));
    assertFalse(BoosterSchedule.newlyDue(d, DAY.plusWeeks(5)));
    assertFalse(BoosterSchedule.newlyDue(d, DAY.plusWeeks(4).minusDays(1)));
  }

  private static List<BoosterSchedule.Due> due(Set<String> taken, LocalDate today) {
    return BoosterSchedule.due(Map.of(7L, COMPLETED), taken, today);
  }
}
