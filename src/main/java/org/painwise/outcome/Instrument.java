package org.painwise.outcome;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The instrument registry: each measure Painwise knows, its source and its licence. Items are named
 * by {@link Measure}; their wording lives in the message bundles (only for instruments Painwise may
 * show). An instrument that {@link Licence#NEEDS_LICENCE needs a licence} has no items here at all.
 */
public enum Instrument {
  /**
   * Numeric rating scale of pain intensity, 0 to 10. Public domain; cite the thresholds' source.
   */
  NRS(
      "Numeric Rating Scale (NRS) for pain intensity",
      "Farrar JT, Young JP, LaMoreaux L, Werth JL, Poole RM. Clinical importance of changes in"
          + " chronic pain intensity measured on an 11-point numerical pain rating scale. Pain."
          + " 2001;94(2):149-158.",
      Licence.FREE_WITH_ATTRIBUTION,
      List.of(Measure.PAIN_NOW)),
  /** PEG: pain, enjoyment of life, general activity. Free to use with attribution. */
  PEG(
      "PEG three-item scale (Pain, Enjoyment of life, General activity)",
      "Krebs EE, Lorenz KA, Bair MJ, et al. Development and initial validation of the PEG, a"
          + " three-item scale assessing pain intensity and interference. J Gen Intern Med."
          + " 2009;24(6):733-738.",
      Licence.FREE_WITH_ATTRIBUTION,
      List.of(Measure.PEG_PAIN, Measure.PEG_ENJOYMENT, Measure.PEG_ACTIVITY)),
  /** Stress, sleep quality and mood, each 0 to 10, worded by Painwise. */
  WELLBEING(
      "Painwise well-being items (stress, sleep quality, mood)",
      "Painwise, written for this app.",
      Licence.OUR_OWN,
      List.of(Measure.STRESS, Measure.SLEEP, Measure.MOOD)),
  /** Pain Catastrophizing Scale: listed only. */
  PCS(
      "Pain Catastrophizing Scale (PCS)",
      "Sullivan MJL, Bishop SR, Pivik J. The Pain Catastrophizing Scale: development and"
          + " validation. Psychol Assess. 1995;7(4):524-532.",
      Licence.NEEDS_LICENCE,
      List.of()),
  /** Revised Neurophysiology of Pain Questionnaire: listed only. */
  RNPQ(
      "Revised Neurophysiology of Pain Questionnaire (rNPQ)",
      "Catley MJ, O'Connell NE, Moseley GL. How good is the Neurophysiology of Pain Questionnaire?"
          + " A Rasch analysis of psychometric properties. J Pain. 2013;14(8):818-827.",
      Licence.NEEDS_LICENCE,
      List.of()),
  /** Concept of Pain Inventory: listed only. */
  COPI(
      "Concept of Pain Inventory (COPI)",
      "Pate JW, Simons LE, Hancock MJ, et al. The Concept of Pain Inventory (COPI): assessing a"
          + " child's concept of pain. Clin J Pain. 2020;36(12):940-949.",
      Licence.NEEDS_LICENCE,
      List.of());

  private final String title;
  private final String source;
  private final Licence licence;
  private final List<Measure> measures;

  Instrument(String title, String source, Licence licence, List<Measure> measures) {
    this.title = title;
    this.source = source;
    this.licence = licence;
    this.measures = measures;
  }

  public String title() {
    return title;
  }

  public String source() {
    return source;
  }

  public Licence licence() {
    return licence;
  }

  /** The items Painwise shows and stores; always empty for an instrument that needs a licence. */
  public List<Measure> measures() {
    return licence == Licence.NEEDS_LICENCE ? List.of() : measures;
  }

  public boolean mayBeShown() {
    return licence != Licence.NEEDS_LICENCE;
  }

  /** The instrument a measure belongs to. */
  public static Optional<Instrument> of(Measure measure) {
    return Arrays.stream(values()).filter(i -> i.measures().contains(measure)).findFirst();
  }
}
