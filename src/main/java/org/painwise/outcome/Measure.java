package org.painwise.outcome;

/**
 * One 0-10 item of a check-in. The bundle key {@code measure.NAME} holds its wording (for the PEG,
 * a paraphrase of the item as Krebs et al. 2009 publish it, with the citation beside it), and
 * {@code measure.NAME.low}/{@code .high} the anchors.
 */
public enum Measure {
  PAIN_NOW,
  PEG_PAIN,
  PEG_ENJOYMENT,
  PEG_ACTIVITY,
  STRESS,
  SLEEP,
  MOOD;

  public static final int MIN = 0;
  public static final int MAX = 10;

  /** The bundle key of the item's wording. */
  public String key() {
    return "measure." + name();
  }

  /** Whether the item is the PEG's, for the PEG score (mean of the three). */
  public boolean isPeg() {
    return this == PEG_PAIN || this == PEG_ENJOYMENT || this == PEG_ACTIVITY;
  }
}
