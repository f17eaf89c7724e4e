package org.painwise.quiz.view;

import static jakarta.servlet.http.HttpServletResponse.SC_NOT_FOUND;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.painwise.account.SignedInUser;
import org.painwise.quiz.AttemptClosedException;
import org.painwise.quiz.AttemptNotFoundException;
import org.painwise.quiz.FeedbackMode;
import org.painwise.quiz.NoAttemptsLeftException;
import org.painwise.quiz.QuizNotFoundException;
import org.painwise.quiz.QuizService;
import org.painwise.quiz.QuizService.Overview;
import org.painwise.quiz.Sheet;
import org.painwise.quiz.Sheet.Feedback;

/**
 * quiz/take.xhtml: starts or resumes an attempt. Each answer is saved by ajax as the learner goes;
 * the submit button sends them all once more and submits.
 */
@Named
@ViewScoped
public class QuizTakeBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private QuizService quizzes;
  @Inject private SignedInUser user;

  private String module;
  private Overview overview;
  private Sheet sheet;
  private final Map<Long, AnswerInput> inputs = new LinkedHashMap<>();
  private final Map<Long, Feedback> feedback = new HashMap<>();
  private final Map<Long, Instant> saved = new HashMap<>();

  public void load() {
    try {
      overview = quizzes.overview(user.requireId(), module);
      sheet = quizzes.openSheet(user.requireId(), module).orElse(null);
    } catch (QuizNotFoundException e) {
      Faces.responseSendError(SC_NOT_FOUND, null);
      return;
    }
    if (sheet != null) {
      sheet.questions().forEach(q -> inputs.put(q.id(), AnswerInput.of(q)));
      feedback.putAll(sheet.checked());
    }
  }

  /** Starts a new attempt (or resumes the open one) and shows it. */
  public void start() {
    startAndShow(quizzes, user.requireId(), module);
  }

  /** Starts or resumes an attempt and redirects to it; used by the results page too. */
  static void startAndShow(QuizService quizzes, long accountId, String module) {
    try {
      quizzes.start(accountId, module);
      Faces.redirect("quiz/take?module=%s", module);
    } catch (QuizNotFoundException e) {
      Faces.responseSendError(SC_NOT_FOUND, null);
    } catch (NoAttemptsLeftException e) {
      Messages.addGlobalError("quiz_take.message.error.noAttemptsLeft");
    }
  }

  /**
   * Ajax: saves one answer. "Saved" shows again only once this answer is stored: when the database
   * fails, the page says "not saved" (config.StorageFailureExceptionHandlerFactory) and the choice
   * stays selected.
   */
  public void save(long questionId) {
    saved.remove(questionId);
    try {
      saved.put(
          questionId,
          quizzes.saveAnswer(
              user.requireId(), sheet.attemptId(), questionId, inputs.get(questionId).encoded()));
    } catch (AttemptNotFoundException | AttemptClosedException e) {
      Messages.addGlobalError("quiz_take.message.error.closed");
    }
  }

  /** Ajax, immediate feedback: checks one answer, which then no longer changes. */
  public void check(long questionId) {
    try {
      feedback.put(
          questionId,
          quizzes.check(
              user.requireId(), sheet.attemptId(), questionId, inputs.get(questionId).encoded()));
    } catch (AttemptNotFoundException | AttemptClosedException e) {
      Messages.addGlobalError("quiz_take.message.error.closed");
    }
  }

  /** Submits the attempt once; a second submit just shows the results. */
  public void submit() {
    Map<Long, String> answers = new HashMap<>();
    inputs.forEach((id, input) -> answers.put(id, input.encoded()));
    try {
      boolean first = quizzes.submit(user.requireId(), sheet.attemptId(), answers);
      Messages.addFlashGlobalInfo(
          first ? "quiz_take.message.info.submitted" : "quiz_take.message.info.alreadySubmitted");
      Faces.redirect("quiz/result?attempt=%s", sheet.attemptId());
    } catch (AttemptNotFoundException e) {
      Faces.responseSendError(SC_NOT_FOUND, null);
    }
  }

  public boolean isImmediate() {
    return sheet != null && sheet.feedbackMode() == FeedbackMode.IMMEDIATE;
  }

  public boolean isChecked(long questionId) {
    return feedback.containsKey(questionId);
  }

  public Feedback feedbackOf(long questionId) {
    return feedback.get(questionId);
  }

  public boolean isSaved(long questionId) {
    return saved.containsKey(questionId);
  }

  public String getModule() {
    return module;
  }

  public void setModule(String module) {
    this.module = module;
  }

  public Overview getOverview() {
    return overview;
  }

  public Sheet getSheet() {
    return sheet;
  }

  public Map<Long, AnswerInput> getInputs() {
    return inputs;
  }
}
