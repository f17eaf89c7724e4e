package org.painwise.progress;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Quiz scores over time as SVG, computed on the server: no chart library, no script. One band per
 * module (small multiples), in the catalogue's order, each named by its module's title: its
 * attempts from the oldest to the latest as a short line of their own, the pass mark, and the
 * latest score with its date. Scores of different modules are never joined by a line. The same data
 * is a table for screen readers and print ({@link #getRows()}).
 */
public final class ScoreChart implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final int WIDTH = 600;

  /** The height of one module's band: its title, then its plot. */
  static final int BAND = 92;

  private static final int TOP = 8;
  private static final int BOTTOM = 8;
  private static final int PLOT_LEFT = 56;
  private static final int PLOT_RIGHT = 400;
  private static final int PLOT_TOP = 34;
  private static final int PLOT_BOTTOM = 80;

  /** The pass mark line. */
  public static final int PASS_MARK = 70;

  /**
   * One submitted attempt, as the chart is given it.
   *
   * @param moduleOrder the module's place in the catalogue, to order the bands
   * @param moduleTitle the module's title, the band's name
   * @param score the score in percent, 0 to 100
   * @param passed whether the attempt passed
   * @param day the attempt's date in words, for the band's label
   * @param when the attempt's date and time in words, for the table
   */
  public record Entry(
      int moduleOrder, String moduleTitle, int score, boolean passed, String day, String when)
      implements Serializable {}

  /** One plotted attempt. Getters are for EL. */
  public record Dot(double x, double y, int score, boolean passed, String label)
      implements Serializable {
    public double getX() {
      return x;
    }

    public double getY() {
      return y;
    }

    public int getScore() {
      return score;
    }

    public boolean isPassed() {
      return passed;
    }

    public String getLabel() {
      return label;
    }
  }

  /** One module's band: its title, its attempts and their line, its latest score. */
  public record Band(
      String title,
      int top,
      List<Dot> dots,
      int latestScore,
      boolean latestPassed,
      String latestDay)
      implements Serializable {

    public String getTitle() {
      return title;
    }

    public List<Dot> getDots() {
      return dots;
    }

    /** The y of the module's title (its baseline). */
    public int getTitleY() {
      return top + 20;
    }

    /** The polyline's points attribute; empty for one attempt, which is a dot alone. */
    public String getLine() {
      return dots.size() < 2
          ? ""
          : dots.stream().map(d -> d.x() + "," + d.y()).collect(Collectors.joining(" "));
    }

    /** The y of a score in this band, for its grid lines and axis labels. */
    public double y(int score) {
      return ScoreChart.y(top, score);
    }

    public int getLatestScore() {
      return latestScore;
    }

    public boolean isLatestPassed() {
      return latestPassed;
    }

    public String getLatestDay() {
      return latestDay;
    }

    /** Where the latest score is written: right of the plot, level with the plot's middle. */
    public double getLabelY() {
      return ScoreChart.y(top, 50);
    }
  }

  /** One row of the table that carries the same data. Getters are for EL. */
  public record Row(String when, String moduleTitle, int score, boolean passed)
      implements Serializable {
    public String getWhen() {
      return when;
    }

    public String getModuleTitle() {
      return moduleTitle;
    }

    public int getScore() {
      return score;
    }

    public boolean isPassed() {
      return passed;
    }
  }

  private final List<Band> bands;
  private final List<Row> rows;

  private ScoreChart(List<Band> bands, List<Row> rows) {
    this.bands = bands;
    this.rows = rows;
  }

  /** The chart of these attempts, given oldest first. */
  public static ScoreChart of(List<Entry> attempts) {
    Map<String, List<Entry>> byModule = new LinkedHashMap<>();
    attempts.stream()
        .sorted(Comparator.comparingInt(Entry::moduleOrder)) // stable: time order kept within
        .forEach(e -> byModule.computeIfAbsent(e.moduleTitle(), t -> new ArrayList<>()).add(e));
    List<Band> bands = new ArrayList<>();
    int top = TOP;
    for (Map.Entry<String, List<Entry>> module : byModule.entrySet()) {
      List<Entry> entries = module.getValue();
      int n = entries.size();
      double span = PLOT_RIGHT - PLOT_LEFT;
      List<Dot> dots = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Entry e = entries.get(i);
        double x = PLOT_LEFT + (n == 1 ? span / 2 : span * i / (n - 1));
        dots.add(
            new Dot(
                round(x),
                y(top, e.score()),
                e.score(),
                e.passed(),
                e.moduleTitle() + ", " + e.when() + ": " + e.score() + "%"));
      }
      Entry latest = entries.get(n - 1);
      bands.add(
          new Band(module.getKey(), top, dots, latest.score(), latest.passed(), latest.day()));
      top += BAND;
    }
    List<Row> rows =
        attempts.stream()
            .map(e -> new Row(e.when(), e.moduleTitle(), e.score(), e.passed()))
            .toList();
    return new ScoreChart(bands, rows);
  }

  private static double y(int bandTop, int score) {
    return round(bandTop + PLOT_TOP + (PLOT_BOTTOM - PLOT_TOP) * (100 - score) / 100.0);
  }

  public List<Band> getBands() {
    return bands;
  }

  public List<Row> getRows() {
    return rows;
  }

  public boolean isEmpty() {
    return bands.isEmpty();
  }

  public int getWidth() {
    return WIDTH;
  }

  public int getHeight() {
    return TOP + BAND * bands.size() + BOTTOM;
  }

  public int getLeft() {
    return PLOT_LEFT;
  }

  public int getRight() {
    return PLOT_RIGHT;
  }

  /** Where the latest score and its date are written, right of every plot. */
  public int getLabelX() {
    return PLOT_RIGHT + 24;
  }

  public int getPassMark() {
    return PASS_MARK;
  }

  private static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }
}
