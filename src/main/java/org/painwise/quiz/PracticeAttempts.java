package org.painwise.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.painwise.account.Guarded;
import org.painwise.account.Role;

/**
 * Takes a quiz for a learner, as they would through its page, with a chosen number of right
 * answers: the demo data and tests use it. Only the system runs it ({@link
 * org.painwise.account.SystemIdentity}): the quiz service's own checks refuse anyone else acting
 * for a learner, an admin included.
 */
@ApplicationScoped
@Transactional
@Guarded(Role.ADMIN)
public class PracticeAttempts {

  @PersistenceContext private EntityManager em;
  @Inject private QuizService quizzes;

  /**
   * Starts (or resumes) the learner's attempt at a module's quiz and submits it, with the last
   * {@code wrong} questions, in the attempt's order, answered wrong and the others right.
   *
   * @return the attempt's score in percent
   */
  public int take(long learnerId, String moduleSlug, int wrong)
      throws QuizNotFoundException, NoAttemptsLeftException, AttemptNotFoundException {
    long attemptId = quizzes.start(learnerId, moduleSlug);
    Attempt attempt = em.find(Attempt.class, attemptId);
    List<Long> order = attempt.questionOrder();
    Map<Long, String> answers = new HashMap<>();
    for (int i = 0; i < order.size(); i++) {
      VersionQuestion q = em.find(VersionQuestion.class, order.get(i));
      boolean right = i < order.size() - wrong;
      Response response = right ? SampleResponses.right(q) : SampleResponses.wrong(q);
      answers.put(q.getId(), response.encode(q.getType()));
    }
    quizzes.submit(learnerId, attemptId, answers);
    return attempt.getScorePercent();
  }
}
