package org.painwise.quiz.format;

import java.math.BigDecimal;

/**
 * One answer of a question.
 *
 * <ul>
 *   <li>Choice and short-answer questions: {@code text}, {@code weight} and {@code feedback}.
 *   <li>True/false: two choices, "True" and "False"; the right one has weight 100 and each feedback
 *       is shown when the learner picks that choice (see {@link TrueFalseAnswer}).
 *   <li>Matching: {@code text} is the left side (empty for an extra distractor), {@code matchText}
 *       the right side; the weight is always 100.
 *   <li>Numeric: {@code numeric} holds value and tolerance and {@code text} is the value as
 *       written; a choice with text {@code *} and no numeric answer matches any other number.
 * </ul>
 *
 * @param text the answer text (never null, empty if absent)
 * @param weight the credit in percent, -100 to 100 (100 for GIFT {@code =}, 0 for a plain {@code
 *     ~})
 * @param feedback shown when the learner gives this answer (never null)
 * @param matchText the right-hand side of a matching pair (never null, empty otherwise)
 * @param numeric the accepted number of a numeric answer, null otherwise
 */
public record Choice(
    String text, BigDecimal weight, String feedback, String matchText, NumericAnswer numeric) {

  /** The text of a numeric choice that matches any number. */
  public static final String ANY_NUMBER = "*";

  /** Replaces nulls by empty values and normalises the weight's scale. */
  public Choice {
    text = text == null ? "" : text;
    weight = Decimals.canonical(weight == null ? BigDecimal.ZERO : weight);
    feedback = feedback == null ? "" : feedback;
    matchText = matchText == null ? "" : matchText;
  }

  /**
   * @return a plain choice with the given weight in percent
   */
  public static Choice of(String text, BigDecimal weight, String feedback) {
    return new Choice(text, weight, feedback, "", null);
  }

  /**
   * @return a plain choice with the given weight in percent
   */
  public static Choice of(String text, int weight, String feedback) {
    return of(text, BigDecimal.valueOf(weight), feedback);
  }

  /**
   * @return a choice worth 100%
   */
  public static Choice correct(String text, String feedback) {
    return of(text, 100, feedback);
  }

  /**
   * @return a choice worth 0%
   */
  public static Choice wrong(String text, String feedback) {
    return of(text, 0, feedback);
  }

  /**
   * @return a matching pair {@code left -> right}
   */
  public static Choice pair(String left, String right) {
    return new Choice(left, Decimals.HUNDRED, "", right, null);
  }

  /**
   * @return a numeric answer with the given weight in percent
   */
  public static Choice numeric(NumericAnswer answer, BigDecimal weight, String feedback) {
    return new Choice(Decimals.format(answer.value()), weight, feedback, "", answer);
  }

  /**
   * @return the numeric catch-all ({@code *}): any other number, usually with weight 0 and feedback
   */
  public static Choice anyOtherNumber(BigDecimal weight, String feedback) {
    return new Choice(ANY_NUMBER, weight, feedback, "", null);
  }

  /**
   * @return whether this choice earns credit (weight above zero)
   */
  public boolean isCorrect() {
    return weight.signum() > 0;
  }

  /**
   * @return whether this choice earns full credit (weight 100)
   */
  public boolean isFullCredit() {
    return weight.compareTo(Decimals.HUNDRED) == 0;
  }

  /**
   * @return whether this is the numeric catch-all {@code *}
   */
  public boolean isAnyNumber() {
    return numeric == null && ANY_NUMBER.equals(text);
  }
}
