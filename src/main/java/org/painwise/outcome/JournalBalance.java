package org.painwise.outcome;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The balance of a danger and safety journal over time: for each week (Monday to Sunday) from the
 * week of the first item to this week, how many "danger in me" and "safety in me" items were in the
 * journal at the end of that week (or now, for this week). Drawn on the server as an SVG of two
 * lines, as {@link MeasureChart} draws check-ins, with the same numbers in a table.
 */
public final class JournalBalance implements Serializable {

  private static final long serialVersionUID = 1L;

  /** At most this many weeks are shown (the latest). */
  public static final int MAX_WEEKS = 26;

  public static final int WIDTH = 600;
  public static final int HEIGHT = 200;
  private static final int LEFT = 40;
  private static final int RIGHT = 16;
  private static final int TOP = 12;
  private static final int BOTTOM = 32;

  /** One week: its Monday, the counts, the date in words and where it is drawn. */
  public record Week(
      LocalDate start,
      int danger,
      int safety,
      String label,
      double x,
      double dangerY,
      double safetyY)
      implements Serializable {
    public LocalDate getStart() {
      return start;
    }

    public int getDanger() {
      return danger;
    }

    public int getSafety() {
      return safety;
    }

    public String getLabel() {
      return label;
    }

    public double getX() {
      return x;
    }

    public double getDangerY() {
      return dangerY;
    }

    public double getSafetyY() {
      return safetyY;
    }
  }

  private final List<Week> weeks;
  private final int top;

  private JournalBalance(List<Week> weeks, int top) {
    this.weeks = weeks;
    this.top = top;
  }

  /**
   * The weekly balance of {@code items} (removed ones included: they count while they were in the
   * journal) up to {@code now}; {@code day} words a week's Monday.
   */
  public static JournalBalance of(
      List<JournalItem> items, Instant now, ZoneId zone, Function<LocalDate, String> day) {
    if (items.isEmpty()) {
      return new JournalBalance(List.of(), 1);
    }
    Instant firstAdded = items.stream().map(JournalItem::getAddedAt).min(Instant::compareTo).get();
    LocalDate first = monday(firstAdded, zone);
    LocalDate current = monday(now, zone);
    if (first.isAfter(current)) {
      first = current;
    }
    if (first.plusWeeks(MAX_WEEKS - 1).isBefore(current)) {
      first = current.minusWeeks(MAX_WEEKS - 1);
    }
    List<int[]> counts = new ArrayList<>();
    List<LocalDate> starts = new ArrayList<>();
    int max = 1;
    for (LocalDate w = first; !w.isAfter(current); w = w.plusWeeks(1)) {
      Instant end =
          w.equals(current) ? now : w.plusWeeks(1).atStartOfDay(zone).toInstant().minusNanos(1);
      int danger = 0;
      int safety = 0;
      for (JournalItem i : items) {
        if (i.activeAt(end)) {
          if (i.getSide() == JournalSide.DANGER) {
            danger++;
          } else {
            safety++;
          }
        }
      }
      counts.add(new int[] {danger, safety});
      starts.add(w);
      max = Math.max(max, Math.max(danger, safety));
    }
    double span = WIDTH - LEFT - RIGHT;
    int n = starts.size();
    List<Week> weeks = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      double x = LEFT + (n == 1 ? span / 2 : span * k / (n - 1));
      int[] c = counts.get(k);
      weeks.add(
          new Week(
              starts.get(k),
              c[0],
              c[1],
              day.apply(starts.get(k)),
              round(x),
              yOf(c[0], max),
              yOf(c[1], max)));
    }
    return new JournalBalance(weeks, max);
  }

  private static LocalDate monday(Instant when, ZoneId zone) {
    return when.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  private static double yOf(int value, int max) {
    return round(TOP + (HEIGHT - TOP - BOTTOM) * (max - value) / (double) max);
  }

  /** The weeks, oldest first. */
  public List<Week> getWeeks() {
    return weeks;
  }

  /** The weeks, newest first, for the table. */
  public List<Week> getNewestFirst() {
    List<Week> copy = new ArrayList<>(weeks);
    java.util.Collections.reverse(copy);
    return copy;
  }

  public boolean isEmpty() {
    return weeks.isEmpty();
  }

  /** The highest count drawn (the top of the y axis), at least 1. */
  public int getTop() {
    return top;
  }

  /** The y of a count, for the grid lines. */
  public double y(int value) {
    return yOf(value, top);
  }

  public String getDangerLine() {
    return weeks.stream().map(w -> w.x() + "," + w.dangerY()).collect(Collectors.joining(" "));
  }

  public String getSafetyLine() {
    return weeks.stream().map(w -> w.x() + "," + w.safetyY()).collect(Collectors.joining(" "));
  }

  public String getFirstDate() {
    return weeks.isEmpty() ? "" : weeks.get(0).label();
  }

  public String getLastDate() {
    return weeks.isEmpty() ? "" : weeks.get(weeks.size() - 1).label();
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
