package org.painwise.quiz.format;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A convenient view of a {@link QuestionType#TRUE_FALSE} question's two choices.
 *
 * @param correct whether "true" is the right answer
 * @param feedbackIfRight shown when the learner answers correctly
 * @param feedbackIfWrong shown when the learner answers wrongly
 */
public record TrueFalseAnswer(boolean correct, String feedbackIfRight, String feedbackIfWrong) {

  /** The text of the "true" choice. */
  public static final String TRUE_TEXT = "True";

  /** The text of the "false" choice. */
  public static final String FALSE_TEXT = "False";

  /** Replaces null feedback by empty text. */
  public TrueFalseAnswer {
    feedbackIfRight = feedbackIfRight == null ? "" : feedbackIfRight;
    feedbackIfWrong = feedbackIfWrong == null ? "" : feedbackIfWrong;
  }

  /**
   * @return the two choices, "True" then "False", as the model stores them
   */
  public List<Choice> toChoices() {
    Choice t = Choice.of(TRUE_TEXT, correct ? 100 : 0, correct ? feedbackIfRight : feedbackIfWrong);
    Choice f =
        Choice.of(FALSE_TEXT, correct ? 0 : 100, correct ? feedbackIfWrong : feedbackIfRight);
    return List.of(t, f);
  }

  /**
   * @return the view of two choices named true and false (any case), if they are there
   */
  public static Optional<TrueFalseAnswer> fromChoices(List<Choice> choices) {
    Choice t = find(choices, TRUE_TEXT);
    Choice f = find(choices, FALSE_TEXT);
    if (t == null || f == null) {
      return Optional.empty();
    }
    boolean correct = t.isCorrect() || !f.isCorrect() && t.weight().compareTo(f.weight()) > 0;
    Choice right = correct ? t : f;
    Choice wrong = correct ? f : t;
    return Optional.of(new TrueFalseAnswer(correct, right.feedback(), wrong.feedback()));
  }

  private static Choice find(List<Choice> choices, String text) {
    String wanted = text.toLowerCase(Locale.ROOT);
    return choices.stream()
        .filter(c -> c.text().toLowerCase(Locale.ROOT).equals(wanted))
        .findFirst()
        .orElse(null);
  }
}
