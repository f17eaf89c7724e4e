package org.painwise.quiz;

import java.io.Serializable;
import java.util.List;

/**
 * The quiz cannot be published: its bank is empty, or these questions break a rule of the {@link
 * Publishable} group. Each problem names the question and the rule's message key.
 */
public class QuizNotPublishableException extends Exception {
  private static final long serialVersionUID = 1L;

  /**
   * One question that breaks one rule.
   *
   * @param question the question's position and label, e.g. "3. Pairs"
   * @param ruleKey the rule's message key in ValidationMessages, e.g. {@code
   *     quiz.rule.matchingPairs}
   * @param message the rule's message, in the server's default language (for logs)
   */
  public record Unpublishable(String question, String ruleKey, String message)
      implements Serializable {

    /** "{quiz.rule.matchingPairs}" → "quiz.rule.matchingPairs". */
    static String key(String messageTemplate) {
      return messageTemplate.startsWith("{") && messageTemplate.endsWith("}")
          ? messageTemplate.substring(1, messageTemplate.length() - 1)
          : messageTemplate;
    }
  }

  private final List<Unpublishable> problems;

  public QuizNotPublishableException(List<Unpublishable> problems) {
    super(
        problems.isEmpty()
            ? "Cannot publish an empty quiz"
            : "Cannot publish: "
                + problems.stream().map(p -> p.question() + " (" + p.ruleKey() + ")").toList());
    this.problems = List.copyOf(problems);
  }

  /** Each question to fix with the rule it breaks; empty when the quiz has no question at all. */
  public List<Unpublishable> problems() {
    return problems;
  }

  /** The labels of the questions to fix; empty when the quiz has no question at all. */
  public List<String> questions() {
    return problems.stream().map(Unpublishable::question).distinct().toList();
  }
}
