package org.painwise.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The thresholds of a meaningful change, the first-week baseline, and the measure charts. */
class MeaningfulChangeTest {

  @Test
  void twoPointsEitherWayIsMeaningful() {
    assertTrue(MeaningfulChange.of(7, 5).meaningful());
    assertEquals("better", MeaningfulChange.of(7, 5).direction());
    assertEquals("worse", MeaningfulChange.of(5, 7).direction());
    assertFalse(MeaningfulChange.of(7, 5.5).meaningful(), "1.5 of 7 is 21%");
  }

  @Test
  void thirtyPercentOfALowBaselineIsMeaningfulButNeverUnderOnePoint() {
    assertTrue(MeaningfulChange.of(4, 2.8).meaningful(), "1.2 of 4 is 30%");
    assertFalse(MeaningfulChange.of(2, 1.4).meaningful(), "30% but under one point");
    assertEquals("same", MeaningfulChange.of(2, 1.4).direction());
    assertEquals(-30.0, MeaningfulChange.of(4, 2.8).percent());
  }

  @Test
  void theBaselineIsTheMeanOfTheFirstWeekOnly() {
    Instant t0 = Instant.parse("2026-11-01T09:00:00Z");
    CheckinSummary s = new CheckinSummary(checkin(t0, 8));
    s.add(checkin(t0.plus(Duration.ofDays(3)), 6));
    s.add(checkin(t0.plus(Duration.ofDays(6)).plus(Duration.ofHours(23)), 7));
    s.add(checkin(t0.plus(Duration.ofDays(7)), 2));
    assertEquals(7.0, s.getBaselinePain(), 1e-9);
    assertEquals(2, s.getLatestPain());
    assertTrue(s.painChange().meaningful());
    assertEquals(-5.0, s.painChange().delta());
    assertTrue(s.baselineComplete(t0.plus(Duration.ofDays(7))));
    assertFalse(s.baselineComplete(t0.plus(Duration.ofDays(6))));
  }

  @Test
  void thePegScoreIsTheMeanOfItsThreeItems() {
    Checkin c = new Checkin(1, CheckinDraft.of(5, 3, 6, 9, 0, 0, 0), Instant.now());
    assertEquals(6.0, c.getPeg(), 1e-9);
  }

  @Test
  void aChartPlacesCheckinsByTimeWithTheirDates() {
    Instant t0 = Instant.parse("2026-11-01T09:00:00Z");
    List<Checkin> three =
        List.of(
            checkin(t0, 10),
            checkin(t0.plus(Duration.ofDays(1)), 0),
            checkin(t0.plus(Duration.ofDays(4)), 5));
    MeasureChart chart = MeasureChart.of(Measure.PAIN_NOW, three, Instant::toString);
    assertEquals(3, chart.getDots().size());
    assertEquals(chart.getLeft(), chart.getDots().get(0).x(), 0.1);
    assertEquals(chart.getRight(), chart.getDots().get(2).x(), 0.1);
    double quarter = chart.getLeft() + (chart.getRight() - chart.getLeft()) / 4.0;
    assertEquals(quarter, chart.getDots().get(1).x(), 0.1, "placed by time, not by index");
    assertTrue(chart.getDots().get(0).y() < chart.getDots().get(1).y(), "10 is drawn higher");
    assertEquals(t0.toString(), chart.getFirstDate());
    assertEquals(t0.plus(Duration.ofDays(4)).toString(), chart.getLastDate());
    assertTrue(MeasureChart.of(Measure.MOOD, List.of(), Instant::toString).isEmpty());
  }

  @Test
  void redFlagsOfADraftAreKeptWithTheCheckin() {
    CheckinDraft d = CheckinDraft.of(1, 1, 1, 1, 1, 1, 1);
    assertFalse(d.isAnyFlag());
    d.flag(RedFlag.SELF_HARM).flag(RedFlag.FEVER);
    Checkin c = new Checkin(1, d, Instant.now());
    assertTrue(c.isFlagged());
    assertEquals(java.util.EnumSet.of(RedFlag.FEVER, RedFlag.SELF_HARM), c.getFlags());
  }

  private static Checkin checkin(Instant at, int pain) {
    return new Checkin(1, CheckinDraft.of(pain, pain, pain, pain, 5, 5, 5), at);
  }
}
