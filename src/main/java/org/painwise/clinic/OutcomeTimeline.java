package org.painwise.clinic;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.painwise.outcome.Checkin;
import org.painwise.outcome.KnowledgeCheck;
import org.painwise.outcome.KnowledgeGain;

/**
 * Knowledge gain and symptom change on one time axis, as one server-side SVG chart: pain now and
 * the PEG score (0–10, left axis) and the knowledge check (percent right, 0–100, right axis), each
 * point placed by its date, with a table of the same points for screen readers and print. Only the
 * series the client shares are given; a series not shared is simply absent.
 */
public final class OutcomeTimeline implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final int WIDTH = 640;
  public static final int HEIGHT = 240;
  private static final int LEFT = 40;
  private static final int RIGHT = 48;
  private static final int TOP = 12;
  private static final int BOTTOM = 32;

  /** What a point shows; its scale's top (10 for pain and PEG, 100 for the knowledge check). */
  public enum Series {
    PAIN(10),
    PEG(10),
    KNOWLEDGE(100);

    private final int max;

    Series(int max) {
      this.max = max;
    }

    public int max() {
      return max;
    }
  }

  /** One value of one series at one time. */
  public record Sample(Series series, Instant at, double value) implements Serializable {}

  /** One plotted point. Getters are for EL. */
  public record Point(Series series, Instant at, double x, double y, String value, String date)
      implements Serializable {
    public Series getSeries() {
      return series;
    }

    public double getX() {
      return x;
    }

    public double getY() {
      return y;
    }

    public String getValue() {
      return value;
    }

    public String getDate() {
      return date;
    }

    /** A diamond around the point, for the knowledge check's marker. */
    public String getDiamond() {
      return round(x)
          + ","
          + round(y - 6)
          + " "
          + round(x + 6)
          + ","
          + round(y)
          + " "
          + round(x)
          + ","
          + round(y + 6)
          + " "
          + round(x - 6)
          + ","
          + round(y);
    }
  }

  /** One series' line. */
  public record Line(Series series, String points) implements Serializable {
    public Series getSeries() {
      return series;
    }

    public String getPoints() {
      return points;
    }
  }

  private final List<Point> points;
  private final List<Line> lines;
  private final String firstDate;
  private final String lastDate;

  private OutcomeTimeline(List<Point> points, List<Line> lines, String first, String last) {
    this.points = points;
    this.lines = lines;
    this.firstDate = first;
    this.lastDate = last;
  }

  /**
   * The timeline of what a client shares: their check-ins (null when not shared) and knowledge
   * checks (null when not shared), in time order.
   */
  public static OutcomeTimeline of(
      List<Checkin> checkins, KnowledgeGain knowledge, Function<Instant, String> date) {
    List<Sample> samples = new ArrayList<>();
    if (checkins != null) {
      for (Checkin c : checkins) {
        samples.add(new Sample(Series.PAIN, c.getTakenAt(), c.getPainNow()));
        samples.add(new Sample(Series.PEG, c.getTakenAt(), c.getPeg()));
      }
    }
    if (knowledge != null) {
      for (KnowledgeCheck k : knowledge.getChecks()) {
        samples.add(new Sample(Series.KNOWLEDGE, k.getTakenAt(), k.getPercent()));
      }
    }
    return of(samples, date);
  }

  /** The timeline of any samples; {@code date} words a time. */
  public static OutcomeTimeline of(List<Sample> samples, Function<Instant, String> date) {
    List<Sample> sorted =
        samples.stream()
            .sorted(Comparator.comparing(Sample::at).thenComparing(Sample::series))
            .toList();
    if (sorted.isEmpty()) {
      return new OutcomeTimeline(List.of(), List.of(), "", "");
    }
    long start = sorted.get(0).at().getEpochSecond();
    long end = sorted.get(sorted.size() - 1).at().getEpochSecond();
    double span = WIDTH - LEFT - RIGHT;
    List<Point> points = new ArrayList<>();
    for (Sample s : sorted) {
      long t = s.at().getEpochSecond();
      double x = LEFT + (end == start ? span / 2 : span * (t - start) / (end - start));
      double y = yOf(s.value() / s.series().max());
      String value =
          s.series() == Series.PEG
              ? String.valueOf(Math.round(s.value() * 10) / 10.0)
              : String.valueOf(Math.round(s.value()));
      points.add(new Point(s.series(), s.at(), round(x), y, value, date.apply(s.at())));
    }
    List<Line> lines = new ArrayList<>();
    for (Series series : Series.values()) {
      List<Point> of = points.stream().filter(p -> p.series() == series).toList();
      if (!of.isEmpty()) {
        lines.add(
            new Line(
                series,
                of.stream().map(p -> p.x() + "," + p.y()).collect(Collectors.joining(" "))));
      }
    }
    return new OutcomeTimeline(
        points,
        lines,
        date.apply(sorted.get(0).at()),
        date.apply(sorted.get(sorted.size() - 1).at()));
  }

  /** The y of a fraction (0 to 1) of a scale. */
  private static double yOf(double fraction) {
    return round(TOP + (HEIGHT - TOP - BOTTOM) * (1 - fraction));
  }

  public boolean isEmpty() {
    return points.isEmpty();
  }

  /** Every point, oldest first (the table's rows). */
  public List<Point> getPoints() {
    return points;
  }

  public List<Point> points(String series) {
    return points.stream().filter(p -> p.series().name().equals(series)).toList();
  }

  public List<Line> getLines() {
    return lines;
  }

  /** Whether a series is drawn (the client shares it and it has data). */
  public boolean has(String series) {
    return lines.stream().anyMatch(l -> l.series().name().equals(series));
  }

  /** The y of a grid level, as a tenth of the scale (0, 5 and 10 of 10; 0, 50 and 100%). */
  public double y(int tenths) {
    return yOf(tenths / 10.0);
  }

  public String getFirstDate() {
    return firstDate;
  }

  public String getLastDate() {
    return lastDate;
  }

  public int getWidth() {
    return WIDTH;
  }

  public int getHeight() {
    return HEIGHT;
  }

  public int getLeft() {
    return LEFT;
  }

  public int getRight() {
    return WIDTH - RIGHT;
  }

  public int getDateY() {
    return HEIGHT - 8;
  }

  private static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }
}
