package org.painwise.clinic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.painwise.clinic.OutcomeTimeline.Sample;
import org.painwise.clinic.OutcomeTimeline.Series;

/** Knowledge gain and symptom change share one time axis; each keeps its own scale. */
class OutcomeTimelineTest {

  private static final Instant DAY1 = Instant.parse("2026-11-01T10:00:00Z");
  private static final Instant DAY3 = Instant.parse("2026-11-03T10:00:00Z");
  private static final Instant DAY5 = Instant.parse("2026-11-05T10:00:00Z");

  @Test
  void pointsOfEverySeriesArePlacedOnOneTimeAxis() {
    OutcomeTimeline t =
        OutcomeTimeline.of(
            List.of(
                new Sample(Series.PAIN, DAY5, 4),
                new Sample(Series.KNOWLEDGE, DAY1, 40),
                new Sample(Series.PAIN, DAY1, 8),
                new Sample(Series.KNOWLEDGE, DAY5, 100),
                new Sample(Series.PEG, DAY3, 6.3333)),
            Instant::toString);
    List<OutcomeTimeline.Point> points = t.getPoints();
    assertEquals(5, points.size());
    assertEquals(DAY1.toString(), t.getFirstDate());
    assertEquals(DAY5.toString(), t.getLastDate());
    // The same day, the same x, whatever the series.
    assertEquals(points.get(0).x(), points.get(1).x());
    assertEquals(t.getLeft(), points.get(0).x());
    assertEquals(t.getRight(), points.get(4).x());
    assertEquals((t.getLeft() + t.getRight()) / 2.0, t.points("PEG").get(0).x());
    // Each on its own scale: pain 8 of 10 sits with 80%, knowledge 100% at the top.
    double pain8 = t.points("PAIN").get(0).y();
    assertEquals(t.y(8), pain8);
    assertEquals(t.y(10), t.points("KNOWLEDGE").get(1).y());
    assertEquals(t.y(4), t.points("KNOWLEDGE").get(0).y());
    assertEquals("6.3", t.points("PEG").get(0).value());
    assertEquals("100", t.points("KNOWLEDGE").get(1).value());
    assertEquals(3, t.getLines().size());
  }

  @Test
  void aSeriesNotSharedIsAbsent() {
    OutcomeTimeline t =
        OutcomeTimeline.of(List.of(new Sample(Series.KNOWLEDGE, DAY1, 50)), Instant::toString);
    assertTrue(t.has("KNOWLEDGE"));
    assertFalse(t.has("PAIN"));
    assertFalse(t.has("PEG"));
    assertEquals(1, t.getLines().size());
    assertTrue(OutcomeTimeline.of(null, null, Instant::toString).isEmpty());
  }
}
