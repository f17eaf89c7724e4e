package org.painwise.quiz;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.painwise.quiz.format.QuestionType;

/**
 * An attempt as the learner sees it: the questions in their order, choices shuffled as they were
 * the first time, and what is saved so far.
 *
 * @param checked feedback of the answers already checked (immediate feedback), by question id
 * @param revision the attempt's revision when the sheet was read (see {@code Attempt})
 */
public record Sheet(
    long attemptId,
    int attemptNumber,
    String moduleSlug,
    String moduleTitle,
    FeedbackMode feedbackMode,
    List<Question> questions,
    Map<Long, Feedback> checked,
    long revision)
    implements Serializable {

  /**
   * One question, ready to show. {@code saved} is the saved answer in {@link Response}'s encoding.
   */
  public record Question(
      long id,
      int number,
      QuestionType type,
      String stemHtml,
      List<Option> options,
      List<Option> lefts,
      List<Option> rights,
      String saved)
      implements Serializable {}

  /** A choice to pick, a left side to match, or a right side to match it with. */
  public record Option(int position, String html) implements Serializable {}

  /** How an answer fared, with everything the learner should read about it. */
  public record Feedback(
      Outcome outcome,
      int creditPercent,
      List<String> feedbackHtml,
      String explanationHtml,
      String yourAnswerHtml,
      String rightAnswerHtml)
      implements Serializable {}

  /** Right, partly right, wrong, or not answered. */
  public enum Outcome {
    RIGHT,
    PARTLY,
    WRONG,
    UNANSWERED
  }
}
