package org.painwise.outcome.fhir;

import java.util.Locale;
import org.painwise.outcome.KnowledgeAnswer;
import org.painwise.outcome.KnowledgeStatement;

/**
 * The knowledge check as FHIR sees it: one Questionnaire with a stable canonical URL (an
 * identifier, not an address anyone can open), its answers coded in a Painwise code system. Bump
 * {@link #VERSION} when a statement's meaning changes or one is added.
 */
public final class KnowledgeForm {

  public static final String ID = "painwise-knowledge";
  public static final String NAME = "PainwiseKnowledgeCheck";
  public static final String VERSION = "1";

  /** The code system of the answers: {@code true}, {@code false}, {@code not-sure}. */
  public static final String ANSWERS = CheckinForm.BASE + "CodeSystem/knowledge-answer";

  /** The identifier system of an attempt (its id). */
  public static final String SYSTEM = CheckinForm.BASE + "sid/knowledge-check";

  public static final String COPYRIGHT =
      "© 2026 Painwise. The statements are written by Painwise for this app, in its own words;"
          + " they are not taken from any licensed questionnaire (PCS, rNPQ, COPI or other).";

  private KnowledgeForm() {}

  public static String url() {
    return CheckinForm.BASE + "Questionnaire/" + ID;
  }

  /** The versioned canonical a QuestionnaireResponse points to. */
  public static String canonical() {
    return url() + "|" + VERSION;
  }

  /** The FHIR link id of a statement: {@code K01} becomes {@code k01}. */
  public static String linkId(KnowledgeStatement s) {
    return s.name().toLowerCase(Locale.ROOT);
  }

  /** The code of an answer: {@code NOT_SURE} becomes {@code not-sure}. */
  public static String code(KnowledgeAnswer a) {
    return a.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
