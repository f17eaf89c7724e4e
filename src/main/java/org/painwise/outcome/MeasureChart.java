package org.painwise.outcome;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One measure (0-10) over time as an SVG line chart, computed on the server as {@code
 * progress/ScoreChart} is: points placed by their time, the first and last dates written under the
 * axis, and the same data in a table beside the chart for screen readers and print.
 */
public final class MeasureChart implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final int WIDTH = 600;
  public static final int HEIGHT = 200;
  private static final int LEFT = 40;
  private static final int RIGHT = 16;
  private static final int TOP = 12;
  private static final int BOTTOM = 32;

  /** One plotted check-in. Getters are for EL. */
  public record Dot(double x, double y, int value, String label) implements Serializable {
    public double getX() {
      return x;
    }

    public double getY() {
      return y;
    }

    public int getValue() {
      return value;
    }

    public String getLabel() {
      return label;
    }
  }

  private final Measure measure;
  private final List<Dot> dots;
  private final String firstDate;
  private final String lastDate;

  private MeasureChart(Measure measure, List<Dot> dots, String firstDate, String lastDate) {
    this.measure = measure;
    this.dots = dots;
    this.firstDate = firstDate;
    this.lastDate = lastDate;
  }

  /** The chart of one measure over check-ins in time order; {@code date} words a time. */
  public static MeasureChart of(
      Measure measure, List<Checkin> checkins, Function<Instant, String> date) {
    List<Dot> dots = new ArrayList<>();
    if (checkins.isEmpty()) {
      return new MeasureChart(measure, dots, "", "");
    }
    long start = checkins.get(0).getTakenAt().getEpochSecond();
    long end = checkins.get(checkins.size() - 1).getTakenAt().getEpochSecond();
    double span = WIDTH - LEFT - RIGHT;
    for (Checkin c : checkins) {
      long t = c.getTakenAt().getEpochSecond();
      double x = LEFT + (end == start ? span / 2 : span * (t - start) / (end - start));
      int v = c.value(measure);
      dots.add(new Dot(round(x), yOf(v), v, date.apply(c.getTakenAt())));
    }
    return new MeasureChart(
        measure,
        dots,
        date.apply(checkins.get(0).getTakenAt()),
        date.apply(checkins.get(checkins.size() - 1).getTakenAt()));
  }

  private static double yOf(int value) {
    return round(TOP + (HEIGHT - TOP - BOTTOM) * (Measure.MAX - value) / (double) Measure.MAX);
  }

  public Measure getMeasure() {
    return measure;
  }

  public List<Dot> getDots() {
    return dots;
  }

  public boolean isEmpty() {
    return dots.isEmpty();
  }

  /** The polyline's points attribute. */
  public String getLine() {
    return dots.stream().map(d -> d.x() + "," + d.y()).collect(Collectors.joining(" "));
  }

  /** The y of a value, for the grid lines. */
  public double y(int value) {
    return yOf(value);
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

  /** Where the dates are written, under the axis. */
  public int getDateY() {
    return HEIGHT - 8;
  }

  private static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }
}
