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
import org.painwise.config.Languages;
import org.painwise.lesson.LessonTexts;
import org.painwise.quiz.AttemptClosedException;
import org.painwise.quiz.AttemptNotFoundException;
import org.painwise.quiz.FeedbackMode;
import org.painwise.quiz.NoAttemptsLeftException;
import org.painwise.quiz.QuizNotFoundException;
import org.painwise.quiz.QuizService;
import org.painwise.quiz.QuizService.Overview;
import org.painwise.quiz.QuizService.Saved;
import org.painwise.quiz.QuizService.Submitted;
import org.painwise.quiz.Sheet;
import org.painwise.quiz.Sheet.Feedback;
import org.primefaces.PrimeFaces;

/**
 * quiz/take.xhtml: starts or resumes an attempt. Each answer is saved by ajax as the learner goes;
 * the submit button sends them all once more and submits, merged with what is saved. The view knows
 * the attempt's revision: when another tab or device changed the attempt, a save or a submit says
 * so and shows the current answers. Answers that the browser kept while the session had expired
 * (quiz.js) come back through {@link #restore()}. A new attempt is taken in the reader's language;
 * one in progress keeps the language it was started in.
 */
@Named
@ViewScoped
public class QuizTakeBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private QuizService quizzes;
  @Inject private SignedInUser user;
  @Inject private LessonTexts texts;

  private String module;
  private Overview overview;
  private Sheet sheet;
  private final Map<Long, AnswerInput> inputs = new LinkedHashMap<>();
  private final Map<Long, Feedback> feedback = new HashMap<>();
  private final Map<Long, Instant> saved = new HashMap<>();
  private long revision;
  private int lastSavedNumber;

  public void load() {
    try {
      overview = quizzes.overview(user.requireId(), module);
      sheet = quizzes.openSheet(user.requireId(), module).orElse(null);
    } catch (QuizNotFoundException e) {
      Faces.responseSendError(SC_NOT_FOUND, null);
      return;
    }
    show(sheet);
  }

  private void show(Sheet shown) {
    sheet = shown;
    inputs.clear();
    feedback.clear();
    if (sheet != null) {
      sheet.questions().forEach(q -> inputs.put(q.id(), AnswerInput.of(q)));
      feedback.putAll(sheet.checked());
      revision = sheet.revision();
    }
  }

  /** Shows the attempt as it is saved now, after it changed elsewhere, and says so. */
  private void showCurrent() throws AttemptNotFoundException {
    show(quizzes.openSheet(user.requireId(), sheet.attemptId()).orElse(null));
    Messages.addGlobalWarn("quiz_take.message.warn.changedElsewhere");
    PrimeFaces.current().ajax().update("quiz");
  }

  /** Starts a new attempt (or resumes the open one) and shows it. */
  public void start() {
    startAndShow(quizzes, user.requireId(), module);
  }

  /** Starts or resumes an attempt and redirects to it; used by the results page too. */
  static void startAndShow(QuizService quizzes, long accountId, String module) {
    try {
      quizzes.start(accountId, module, Languages.ofView());
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
      Saved result =
          quizzes.saveAnswer(
              user.requireId(),
              sheet.attemptId(),
              questionId,
              inputs.get(questionId).encoded(),
              revision);
      saved.put(questionId, result.at());
      revision = result.revision();
      lastSavedNumber = numberOf(questionId);
      if (result.changedElsewhere()) {
        showCurrent();
      }
    } catch (AttemptNotFoundException | AttemptClosedException e) {
      Messages.addGlobalError("quiz_take.message.error.closed");
    }
  }

  /**
   * Ajax, from quiz.js after sign-in: the page's inputs hold the answers that the browser kept
   * while the session had expired; saves those that are not blank.
   */
  public void restore() {
    try {
      quizzes.keep(user.requireId(), sheet.attemptId(), answers());
      show(quizzes.openSheet(user.requireId(), sheet.attemptId()).orElse(null));
      Messages.addGlobalInfo("quiz_take.message.info.restored");
    } catch (AttemptNotFoundException | AttemptClosedException e) {
      Messages.addGlobalError("quiz_take.message.error.closed");
    }
  }

  private int numberOf(long questionId) {
    return sheet.questions().stream()
        .filter(q -> q.id() == questionId)
        .mapToInt(Sheet.Question::number)
        .findFirst()
        .orElse(0);
  }

  private Map<Long, String> answers() {
    Map<Long, String> answers = new HashMap<>();
    inputs.forEach((id, input) -> answers.put(id, input.encoded()));
    return answers;
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

  /**
   * Submits the attempt once, merged with what is saved; a second submit just shows the results.
   * When the attempt changed elsewhere, it shows the current answers instead, to submit again.
   */
  public void submit() {
    try {
      Submitted outcome = quizzes.submit(user.requireId(), sheet.attemptId(), answers(), revision);
      if (outcome == Submitted.CHANGED_ELSEWHERE) {
        show(quizzes.openSheet(user.requireId(), sheet.attemptId()).orElse(null));
        Messages.addGlobalWarn("quiz_take.message.warn.changedElsewhere");
        return;
      }
      Messages.addFlashGlobalInfo(
          outcome == Submitted.SUBMITTED
              ? "quiz_take.message.info.submitted"
              : "quiz_take.message.info.alreadySubmitted");
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

  /**
   * The attempt's revision that the page last saw. The page sends it back with each save (a hidden
   * input), so that after a failover a save that the other node acknowledged just before it died,
   * whose session copy never arrived here, does not count as a change made elsewhere.
   */
  public long getRevision() {
    return revision;
  }

  public void setRevision(long revision) {
    this.revision = revision;
  }

  /** The number of the question whose answer was saved last, for the live region; 0 for none. */
  public int getLastSavedNumber() {
    return lastSavedNumber;
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

  /** The module's title in the reader's language (or in English). */
  public String getModuleTitle() {
    return texts.moduleTitle(module, Languages.ofView()).orElse(overview.quiz().moduleTitle());
  }

  public Sheet getSheet() {
    return sheet;
  }

  public Map<Long, AnswerInput> getInputs() {
    return inputs;
  }
}
