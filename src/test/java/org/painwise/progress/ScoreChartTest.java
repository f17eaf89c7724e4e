package org.painwise.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.painwise.progress.ScoreChart.Band;
import org.painwise.progress.ScoreChart.Entry;

/**
 * The score chart names each module and never joins the scores of two modules: one band per module,
 * in the catalogue's order, each with its own attempts, latest score and date.
 */
class ScoreChartTest {

  private static Entry attempt(int order, String module, int score, String day) {
    return new Entry(order, module, score, score >= 70, day, day + " 10:00");
  }

  @Test
  void eachModuleHasItsOwnBandInCatalogueOrderWithItsLatestScoreAndDate() {
    ScoreChart chart =
        ScoreChart.of(
            List.of(
                attempt(6, "Six", 0, "Dec 1"),
                attempt(1, "One", 40, "Dec 2"),
                attempt(1, "One", 100, "Dec 3"),
                attempt(6, "Six", 80, "Dec 4")));
    List<Band> bands = chart.getBands();
    assertEquals(List.of("One", "Six"), bands.stream().map(Band::getTitle).toList());
    assertEquals(List.of(40, 100), scores(bands.get(0)), "module 1's attempts, oldest first");
    assertEquals(List.of(0, 80), scores(bands.get(1)), "module 6's attempts, oldest first");
    assertEquals(100, bands.get(0).getLatestScore());
    assertEquals("Dec 3", bands.get(0).getLatestDay());
    assertEquals(80, bands.get(1).getLatestScore());
    assertEquals("Dec 4", bands.get(1).getLatestDay());
  }

  @Test
  void noLineJoinsTwoModules() {
    ScoreChart chart =
        ScoreChart.of(List.of(attempt(1, "One", 100, "Dec 1"), attempt(6, "Six", 0, "Dec 2")));
    for (Band band : chart.getBands()) {
      assertEquals("", band.getLine(), "one attempt is a dot alone, with no line");
      assertEquals(1, band.getDots().size());
    }
    Band one = chart.getBands().get(0);
    Band six = chart.getBands().get(1);
    assertTrue(six.getDots().get(0).y() > one.getDots().get(0).y(), "the bands do not overlap");
    assertTrue(six.y(100) > one.y(0), "module 6's band is below module 1's");
  }

  @Test
  void aModuleWithSeveralAttemptsDrawsItsOwnLineFromLeftToRight() {
    ScoreChart chart =
        ScoreChart.of(
            List.of(
                attempt(2, "Two", 20, "Dec 1"),
                attempt(2, "Two", 60, "Dec 2"),
                attempt(2, "Two", 90, "Dec 3")));
    Band two = chart.getBands().get(0);
    String[] points = two.getLine().split(" ");
    assertEquals(3, points.length);
    double first = Double.parseDouble(points[0].split(",")[0]);
    double last = Double.parseDouble(points[2].split(",")[0]);
    assertTrue(first < last, "oldest on the left");
    assertTrue(two.getDots().get(2).y() < two.getDots().get(0).y(), "a higher score is higher up");
    assertTrue(
        two.getDots().get(0).label().contains("Two")
            && two.getDots().get(0).label().contains("Dec 1 10:00"));
  }

  @Test
  void theTableHoldsEveryAttemptInTimeOrder() {
    ScoreChart chart =
        ScoreChart.of(List.of(attempt(6, "Six", 0, "Dec 1"), attempt(1, "One", 90, "Dec 2")));
    assertEquals(
        List.of("Six", "One"), chart.getRows().stream().map(ScoreChart.Row::moduleTitle).toList());
    assertEquals(2 * 92 + 16, chart.getHeight(), "two bands");
    assertTrue(ScoreChart.of(List.of()).isEmpty());
  }

  private static List<Integer> scores(Band band) {
    return band.getDots().stream().map(ScoreChart.Dot::score).toList();
  }
}
