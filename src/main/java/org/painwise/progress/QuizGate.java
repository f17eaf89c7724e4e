package org.painwise.progress;

import java.util.Set;

/**
 * What progress needs to know about quizzes: a module with a published quiz is complete only once
 * its quiz is passed. The quiz feature implements it.
 */
public interface QuizGate {

  /** Ids of the modules that have a published quiz. */
  Set<Long> modulesWithQuiz();

  /** Ids of the modules whose quiz this learner has passed. */
  Set<Long> passedModules(long accountId);
}
