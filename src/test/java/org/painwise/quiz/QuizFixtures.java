package org.painwise.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.painwise.account.AccountService;
import org.painwise.account.EmailAlreadyUsedException;
import org.painwise.account.Role;
import org.painwise.lesson.Module;

/** In-container test data: a fresh module with a published two-question quiz, fresh accounts. */
@ApplicationScoped
@Transactional
public class QuizFixtures {

  /** Question A (single choice, concept alpha) and B (true/false, concept beta). */
  public static final String GIFT =
      """
      // [tag:alpha]
      // [page:page-one#part-a]
      ::A:: Pick the right one {=right #Yes, right. ~wrong #No, wrong. ####Because.}

      // [tag:beta]
      // [page:page-two#part-b]
      ::B:: Pain is always damage. {F #It is false. #Right, false.}
      """;

  @PersistenceContext private EntityManager em;
  @Inject private AccountService accounts;
  @Inject private QuizTransfer transfer;

  /** A new module whose quiz holds {@link #GIFT}, published as version 1. */
  public String moduleWithQuiz() throws Exception {
    String slug = moduleWithoutQuiz();
    transfer.importStarter(slug, GIFT);
    return slug;
  }

  /** A new module that has no quiz yet. */
  public String moduleWithoutQuiz() {
    String slug = "test-" + UUID.randomUUID().toString().substring(0, 8);
    Module module = new Module();
    module.setSlug(slug);
    module.setTitle("Test module " + slug);
    module.setSummary("For tests.");
    module.setPosition(900);
    module.setMinutes(1);
    module.setContentHash("test");
    em.persist(module);
    em.flush();
    return slug;
  }

  /** Rows stored for one question of an attempt (the unique key says at most 1). */
  public long answerRows(long attemptId, long questionId) {
    return ((Number)
            em.createNativeQuery(
                    "select count(*) from quiz_answer where attempt_id = ? and question_id = ?")
                .setParameter(1, attemptId)
                .setParameter(2, questionId)
                .getSingleResult())
        .longValue();
  }

  public long patient() throws EmailAlreadyUsedException {
    return accounts
        .register(
            "quiz-" + UUID.randomUUID() + "@example.org",
            "Quiz Tester",
            "a-good-password",
            Role.PATIENT)
        .getId();
  }
}
