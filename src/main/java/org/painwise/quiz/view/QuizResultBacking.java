package org.painwise.quiz.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.painwise.account.SignedInUser;
import org.painwise.config.Messages;
import org.painwise.config.Pages;
import org.painwise.quiz.AttemptNotFoundException;
import org.painwise.quiz.NoAttemptsLeftException;
import org.painwise.quiz.QuizNotFoundException;
import org.painwise.quiz.QuizService;
import org.painwise.quiz.QuizService.Result;

/** quiz/result.xhtml: the score, every answer with its feedback, and the review links. */
@Named
@RequestScoped
public class QuizResultBacking {

  @Inject private QuizService quizzes;
  @Inject private SignedInUser user;

  private String attempt;
  private String module;
  private Result result;

  public void load() {
    if (attempt == null || !attempt.matches("\\d{1,18}")) {
      Pages.notFound();
      return;
    }
    try {
      result = quizzes.result(user.requireId(), Long.parseLong(attempt));
      module = result.overview().quiz().moduleSlug();
    } catch (AttemptNotFoundException e) {
      Pages.notFound();
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
    try {
      quizzes.start(user.requireId(), module);
      Pages.redirect("/quiz/take?module=" + Pages.param(module));
    } catch (QuizNotFoundException e) {
      Pages.notFound();
    } catch (NoAttemptsLeftException e) {
      Messages.error("quiz_take.message.error.noAttemptsLeft");
    }
  }

  public String getAttempt() { return attempt; }
  public void setAttempt(String attempt) { this.attempt = attempt; }
  public String getModule() { return module; }
  public void setModule(String module) { this.module = module; }
  public Result getResult() { return result; }
}
