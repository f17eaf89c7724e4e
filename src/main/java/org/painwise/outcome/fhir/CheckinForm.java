package org.painwise.outcome.fhir;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.painwise.outcome.Instrument;
import org.painwise.outcome.Measure;
import org.painwise.outcome.RedFlag;

/**
 * The parts of a check-in as FHIR sees them: one Questionnaire each, with a stable canonical URL.
 * The URLs are identifiers, not addresses anyone can open. Bump {@link #VERSION} when an item's
 * meaning changes (never for a rewording in another language).
 */
public enum CheckinForm {
  /** Pain now, 0-10. */
  NRS("nrs-pain", "PainwiseNrsPain", Instrument.NRS),
  /** The PEG's three items, 0-10 each. */
  PEG("peg", "PainwisePeg", Instrument.PEG),
  /** Stress, sleep and mood (0-10 each), in our own words, and the optional note. */
  WELLBEING("painwise-wellbeing", "PainwiseWellbeing", Instrument.WELLBEING),
  /** The optional safety questions: only the ones ticked "yes" are answered. */
  RED_FLAGS("painwise-red-flags", "PainwiseRedFlags", null);

  /** Where every canonical URL starts: an identifier, not a live address. */
  public static final String BASE = "https://painwise.example/fhir/";

  public static final String VERSION = "1";

  /** The link id of the note item (in {@link #WELLBEING}). */
  public static final String NOTE = "note";

  private final String id;
  private final String name;
  private final Instrument instrument;

  CheckinForm(String id, String name, Instrument instrument) {
    this.id = id;
    this.name = name;
    this.instrument = instrument;
  }

  /** The resource id of the Questionnaire. */
  public String id() {
    return id;
  }

  /** The computer-friendly name (FHIR's {@code Questionnaire.name}). */
  public String computableName() {
    return name;
  }

  public String url() {
    return BASE + "Questionnaire/" + id;
  }

  /** The versioned canonical a QuestionnaireResponse points to. */
  public String canonical() {
    return url() + "|" + VERSION;
  }

  /** The registry entry, empty for the red-flag questions (Painwise's own safety routing). */
  public Optional<Instrument> instrument() {
    return Optional.ofNullable(instrument);
  }

  /** The 0-10 items of this form, in the order the check-in page asks them. */
  public List<Measure> measures() {
    return instrument == null ? List.of() : instrument.measures();
  }

  /** The FHIR link id of a 0-10 item: {@code PEG_PAIN} becomes {@code peg-pain}. */
  public static String linkId(Measure m) {
    return m.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The FHIR link id of a safety question: {@code SELF_HARM} becomes {@code self-harm}. */
  public static String linkId(RedFlag f) {
    return f.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
