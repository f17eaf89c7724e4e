package org.painwise.quiz.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.painwise.quiz.QuestionBank;
import org.painwise.quiz.QuestionBank.QuizSummary;

/** educator/index.xhtml: every module's quiz, with links to its bank and statistics. */
@Named
@RequestScoped
public class EducatorIndexBacking {

  @Inject private QuestionBank bank;

  private List<QuizSummary> quizzes;

  public List<QuizSummary> getQuizzes() {
    if (quizzes == null) {
      quizzes = bank.summaries();
    }
    return quizzes;
  }
}
