package org.painwise.quiz;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;

/**
 * The settings of a quiz as the educator edits them, with their rules: the settings form binds to
 * it (so Faces checks these constraints field by field) and {@link QuestionBank#saveSettings}
 * checks them again. A JavaBean rather than a record because Faces writes each field through a
 * setter. The entity's own constraints use the same constants.
 */
public class QuizSettings implements Serializable {

  private static final long serialVersionUID = 1L;

  @Min(Quiz.PASS_MARK_MIN)
  @Max(Quiz.PASS_MARK_MAX)
  private int passMark = Quiz.DEFAULT_PASS_MARK;

  /** Null for unlimited. */
  @Min(Quiz.MAX_ATTEMPTS_MIN)
  @Max(Quiz.MAX_ATTEMPTS_MAX)
  private Integer maxAttempts;

  @NotNull private Grading grading = Grading.BEST;

  private boolean shuffleQuestions;

  private boolean shuffleChoices = true;

  @NotNull private FeedbackMode feedbackMode = FeedbackMode.AT_END;

  /** The defaults of a new quiz. */
  public QuizSettings() {}

  /** The settings of a quiz as they are now. */
  public static QuizSettings of(Quiz quiz) {
    QuizSettings s = new QuizSettings();
    s.passMark = quiz.getPassMark();
    s.maxAttempts = quiz.getMaxAttempts();
    s.grading = quiz.getGrading();
    s.shuffleQuestions = quiz.isShuffleQuestions();
    s.shuffleChoices = quiz.isShuffleChoices();
    s.feedbackMode = quiz.getFeedbackMode();
    return s;
  }

  public int getPassMark() {
    return passMark;
  }

  public void setPassMark(int passMark) {
    this.passMark = passMark;
  }

  public Integer getMaxAttempts() {
    return maxAttempts;
  }

  public void setMaxAttempts(Integer maxAttempts) {
    this.maxAttempts = maxAttempts;
  }

  public Grading getGrading() {
    return grading;
  }

  public void setGrading(Grading grading) {
    this.grading = grading;
  }

  public boolean isShuffleQuestions() {
    return shuffleQuestions;
  }

  public void setShuffleQuestions(boolean shuffleQuestions) {
    this.shuffleQuestions = shuffleQuestions;
  }

  public boolean isShuffleChoices() {
    return shuffleChoices;
  }

  public void setShuffleChoices(boolean shuffleChoices) {
    this.shuffleChoices = shuffleChoices;
  }

  public FeedbackMode getFeedbackMode() {
    return feedbackMode;
  }

  public void setFeedbackMode(FeedbackMode feedbackMode) {
    this.feedbackMode = feedbackMode;
  }
}
