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
 * @param language the language the attempt is taken in; a question that is not translated into it
 *     is in English ({@link Question#language()})
 */
public record Sheet(
    long attemptId,
    int attemptNumber,
    String moduleSlug,
    String moduleTitle,
    FeedbackMode feedbackMode,
    List<Question> questions,
    Map<Long, Feedback> checked,
    long revision,
    String language)
    implements Serializable {

  /**
   * Whether some questions are shown in English, not being translated into the attempt's language.
   */
  public boolean hasUntranslatedQuestions() {
    return questions.stream().anyMatch(q -> !q.language().equals(language));
  }

  /**
   * One question, ready to show. {@code saved} is the saved answer in {@link Response}'s encoding;
   * {@code language} the language of its texts.
   */
  public record Question(
      long id,
      int number,
      QuestionType type,
      String stemHtml,
      List<Option> options,
      List<Option> lefts,
      List<Option> rights,
      String saved,
      String language)
      implements Serializable {

    /** The same question, whose texts are in {@code language}. */
    public Question inLanguage(String other) {
      return new Question(id, number, type, stemHtml, options, lefts, rights, saved, other);
    }
  }

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
