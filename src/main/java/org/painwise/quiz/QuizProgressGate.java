package org.painwise.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.painwise.progress.QuizGate;

/** Tells progress which modules have a quiz, and which quizzes a learner passed. */
@ApplicationScoped
public class QuizProgressGate implements QuizGate {

  @Inject private QuizService quizzes;

  @Override
  public Set<Long> modulesWithQuiz() {
    return quizzes.modulesWithQuiz();
  }

  @Override
  public Set<Long> passedModules(long accountId) {
    return quizzes.passedModuleIds(accountId);
  }
}
