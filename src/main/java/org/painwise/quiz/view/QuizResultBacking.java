package org.painwise.quiz.view;

import static jakarta.servlet.http.HttpServletResponse.SC_NOT_FOUND;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.omnifaces.util.Faces;
import org.painwise.account.SignedInUser;
import org.painwise.config.Languages;
import org.painwise.lesson.LessonService;
import org.painwise.lesson.LessonTexts;
import org.painwise.lesson.Module;
import org.painwise.quiz.AttemptNotFoundException;
import org.painwise.quiz.QuizService;
import org.painwise.quiz.QuizService.Result;

/**
 * quiz/result.xhtml: the score, every answer with its feedback, the review links, and a button to
 * take the quiz again (view scoped, so the result is there when that button posts back).
 */
@Named
@ViewScoped
public class QuizResultBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private QuizService quizzes;
  @Inject private SignedInUser user;
  @Inject private LessonTexts texts;
  @Inject private LessonService lessons;

  private String attempt;
  private String module;
  private Result result;
  private Module nextModule;

  public void load() {
    if (attempt == null || !attempt.matches("\\d{1,18}")) {
      Faces.responseSendError(SC_NOT_FOUND, null);
      return;
    }
    try {
      result = quizzes.result(user.requireId(), Long.parseLong(attempt));
      module = result.overview().quiz().moduleSlug();
      nextModule = lessons.module(module).flatMap(lessons::moduleAfter).orElse(null);
    } catch (AttemptNotFoundException e) {
      Faces.responseSendError(SC_NOT_FOUND, null);
    }
  }

  /** Starts another attempt. */
  public void retake() {
    if (result == null) {
      load();
    }
    if (module == null) {
      return;
    }
    QuizTakeBacking.startAndShow(quizzes, user.requireId(), module);
  }

  public String getAttempt() {
    return attempt;
  }

  public void setAttempt(String attempt) {
    this.attempt = attempt;
  }

  public String getModule() {
    return module;
  }

  public void setModule(String module) {
    this.module = module;
  }

  public Result getResult() {
    return result;
  }

  /** The module's title in the reader's language (or in English). */
  public String getModuleTitle() {
    return result == null
        ? ""
        : texts
            .moduleTitle(module, Languages.ofView())
            .orElse(result.overview().quiz().moduleTitle());
  }

  /** The module after this quiz's, where a learner who passed goes next; null after the last. */
  public Module getNextModule() {
    return nextModule;
  }
}
