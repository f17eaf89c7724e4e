package org.painwise.outcome;

/**
 * The knowledge check's statements, in Painwise's own words, one or two per module. The wording and
 * the explanation are in the bundles ({@code knowledge.statement.K01}, {@code
 * knowledge.explanation.K01}); here are the right answer and the lesson section that explains it
 * ({@code module/page#anchor}, checked against the lessons by a test). The order is the order of
 * the answers stored with each attempt: add new statements at the end, never reorder.
 */
public enum KnowledgeStatement {
  K01(false, "pain-alarm-system/what-pain-is#hurt-does-not-always-mean-harm"),
  K02(true, "pain-alarm-system/brain-decides#your-brain-asks-one-question"),
  K03(false, "brain-builds-pain/pain-is-real#pain-is-always-real"),
  K04(true, "brain-builds-pain/context-and-expectations#expectations"),
  K05(true, "central-sensitisation/a-more-sensitive-system#what-changes-in-the-nervous-system"),
  K06(false, "central-sensitisation/a-more-sensitive-system#a-system-that-can-change-back"),
  K07(true, "stress-and-pain/the-stress-pain-cycle#how-the-cycle-works"),
  K08(false, "touch-and-massage/why-harder-is-not-better#comfortable-pressure-is-the-goal"),
  K09(true, "expectations-and-care/gradual-change#ups-and-downs-are-normal"),
  K10(false, "self-care/journal-and-pacing#the-boom-and-bust-cycle"),
  K11(true, "three-kinds-of-pain/nociplastic-pain#the-kinds-can-mix"),
  K12(false, "moving-again/pacing-from-a-baseline#what-to-expect-as-you-build"),
  K13(false, "flare-ups-and-setbacks/why-flare-ups-happen#not-a-sign-of-new-damage"),
  K14(
      true,
      "medicines-scans-and-procedures/what-scans-can-show#changes-that-are-common-without-pain"),
  K15(true, "living-well-with-pain/danger-and-safety#safety-in-me");

  private final boolean correct;
  private final String lesson;

  KnowledgeStatement(boolean correct, String lesson) {
    this.correct = correct;
    this.lesson = lesson;
  }

  /** The right answer: true or false (never "not sure"). */
  public KnowledgeAnswer answer() {
    return correct ? KnowledgeAnswer.TRUE : KnowledgeAnswer.FALSE;
  }

  /** Whether {@code given} is right; "not sure" and no answer are not. */
  public boolean isRight(KnowledgeAnswer given) {
    return given == answer();
  }

  /** The lesson section, as in a {@code lesson:} link: {@code module/page#anchor}. */
  public String lesson() {
    return lesson;
  }

  /** The module's slug. */
  public String module() {
    return lesson.substring(0, lesson.indexOf('/'));
  }

  /** The path of the section under the context root: {@code lessons/module/page#anchor}. */
  public String getHref() {
    return "lessons/" + lesson;
  }

  public String getKey() {
    return name();
  }
}
