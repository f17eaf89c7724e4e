package org.painwise.quiz;

import java.util.Optional;

/** What makes a question playable, checked before a quiz is published. */
public final class QuestionRules {

  private QuestionRules() {}

  /** Why the question cannot be published, as a message key, or empty when it can. */
  public static Optional<String> problem(QuestionContent q) {
    return switch (q.getType()) {
      case MATCHING ->
          q.choices().stream()
                      .filter(c -> !c.getText().isBlank() && !c.getMatchText().isBlank())
                      .count()
                  >= 2
              ? Optional.empty()
              : Optional.of("quiz.rule.matchingPairs");
      case TRUE_FALSE, SINGLE_CHOICE, MULTIPLE_CHOICE, SHORT_ANSWER, NUMERIC ->
          q.choices().stream().anyMatch(ChoiceContent::isCorrect)
              ? Optional.empty()
              : Optional.of("quiz.rule.noCorrectAnswer");
    };
  }
}
