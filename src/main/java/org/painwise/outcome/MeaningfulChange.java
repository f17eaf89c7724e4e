package org.painwise.outcome;

import java.io.Serializable;

/**
 * A change on a 0-10 scale against a baseline, and whether it is clinically meaningful: a fall or
 * rise of at least {@link #POINTS} points or {@link #PERCENT}% of the baseline. Farrar et al. 2001
 * found that about 2 points or 30% on the 0-10 numeric rating scale matches "much improved" for
 * people with chronic pain; Krebs et al. 2009 found the PEG as responsive to change as longer
 * scales, and the same 30% threshold is used for it here (see the README, "Measures").
 */
public record MeaningfulChange(double baseline, double latest) implements Serializable {

  public static final double POINTS = 2.0;
  public static final double PERCENT = 30.0;
  public static final double FLOOR = 1.0;

  public static MeaningfulChange of(double baseline, double latest) {
    return new MeaningfulChange(baseline, latest);
  }

  /** Latest minus baseline: negative is less pain. */
  public double delta() {
    return Math.round((latest - baseline) * 10) / 10.0;
  }

  /** The change as a percentage of the baseline, or 0 when the baseline is 0. */
  public double percent() {
    return baseline == 0 ? 0 : Math.round((latest - baseline) / baseline * 1000) / 10.0;
  }

  /**
   * At least 2 points, or at least 30% of the baseline, either way. A change under {@link #FLOOR}
   * point is never flagged: on a low baseline 30% is less than the scale's own step.
   */
  public boolean meaningful() {
    double d = Math.abs(latest - baseline);
    if (d < FLOOR - 1e-9) {
      return false;
    }
    return d >= POINTS - 1e-9 || (baseline > 0 && d / baseline * 100 >= PERCENT - 1e-9);
  }

  /** "better", "worse" or "same", for the bundle key of the client page. */
  public String direction() {
    if (!meaningful()) {
      return "same";
    }
    return latest < baseline ? "better" : "worse";
  }

  public double getDelta() {
    return delta();
  }

  public double getPercent() {
    return percent();
  }

  public boolean isMeaningful() {
    return meaningful();
  }

  public String getDirection() {
    return direction();
  }
}
