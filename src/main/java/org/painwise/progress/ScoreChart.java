package org.painwise.progress;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Quiz scores over time as an SVG line chart, computed on the server: no chart library, no script,
 * and the same data shown as a table for screen readers and print.
 */
public final class ScoreChart implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final int WIDTH = 600;
  public static final int HEIGHT = 220;
  private static final int LEFT = 48;
  private static final int RIGHT = 16;
  private static final int TOP = 16;
  private static final int BOTTOM = 32;

  /** One plotted score. Getters are for EL. */
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

  private final List<Dot> dots;

  private ScoreChart(List<Dot> dots) {
    this.dots = dots;
  }

  /** Scores (0-100) in time order, each with a label such as "Module 1, 3 Dec". */
  public static ScoreChart of(List<Integer> scores, List<Boolean> passed, List<String> labels) {
    List<Dot> dots = new ArrayList<>();
    int n = scores.size();
    double span = WIDTH - LEFT - RIGHT;
    for (int i = 0; i < n; i++) {
      double x = LEFT + (n == 1 ? span / 2 : span * i / (n - 1));
      double y = TOP + (HEIGHT - TOP - BOTTOM) * (100 - scores.get(i)) / 100.0;
      dots.add(new Dot(round(x), round(y), scores.get(i), passed.get(i), labels.get(i)));
    }
    return new ScoreChart(dots);
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

  /** The y of a score, for the grid lines. */
  public double y(int score) {
    return round(TOP + (HEIGHT - TOP - BOTTOM) * (100 - score) / 100.0);
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

  private static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }
}
