package org.painwise.quiz.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.painwise.quiz.QuizAuthoringService;
import org.painwise.quiz.QuizAuthoringService.QuizSummary;

/** educator/index.xhtml: every module's quiz, with links to its bank and statistics. */
@Named
@RequestScoped
public class EducatorIndexBacking {

  @Inject private QuizAuthoringService authoring;

  private List<QuizSummary> quizzes;

  public List<QuizSummary> getQuizzes() {
    if (quizzes == null) {
      quizzes = authoring.summaries();
    }
    return quizzes;
  }
}
