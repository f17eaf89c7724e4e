package org.painwise.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.painwise.account.Guarded;
import org.painwise.account.Role;
import org.painwise.quiz.QuizNotPublishableException.Unpublishable;

/**
 * Publishing a module's bank as a numbered version, and the list of versions. A version is a frozen
 * copy: later edits of the bank never change it.
 */
@ApplicationScoped
@Transactional
@Guarded(Role.EDUCATOR)
public class QuizPublishing {

  @PersistenceContext private EntityManager em;
  @Inject private QuestionBank bank;
  @Inject private Validator validator;

  /** A published version in the version list. */
  public record VersionSummary(int number, Instant publishedAt, int questionCount, long attempts)
      implements Serializable {}

  /**
   * Publishes the bank as the next version. Refused when the bank is empty, or when a question
   * breaks a rule of the {@link Publishable} group; the refusal names each question and its rule.
   */
  public QuizVersion publish(String moduleSlug, Long publishedBy)
      throws QuizNotFoundException, QuizNotPublishableException {
    Quiz quiz = bank.find(moduleSlug).orElse(null);
    if (quiz == null && !bank.moduleExists(moduleSlug)) {
      throw new QuizNotFoundException(moduleSlug);
    }
    if (quiz == null) {
      throw new QuizNotPublishableException(List.of());
    }
    List<Question> questions = bank.bank(quiz);
    List<Unpublishable> broken = new ArrayList<>();
    for (Question q : questions) {
      validator.validate(q, Publishable.class).stream()
          .sorted(Comparator.comparing(ConstraintViolation::getMessageTemplate))
          .forEach(
              v ->
                  broken.add(
                      new Unpublishable(
                          q.getPosition() + ". " + q.getLabel(),
                          Unpublishable.key(v.getMessageTemplate()),
                          v.getMessage())));
    }
    if (questions.isEmpty() || !broken.isEmpty()) {
      throw new QuizNotPublishableException(broken);
    }
    QuizVersion version =
        new QuizVersion(quiz, quiz.getLatestVersion() + 1, publishedBy, questions);
    em.persist(version);
    quiz.published(version.getNumber());
    return version;
  }

  /**
   * Gives the latest published version the bank's translations into {@code language} of the
   * questions it holds unchanged (the same texts, answers and settings as the bank question now),
   * where it has none in that language yet: a translation that arrives after its version was
   * published (the starter quiz's, imported into an existing database) reaches learners without a
   * new version. Questions changed since are translated in the next version.
   *
   * @return how many published questions got a translation
   */
  int addTranslationsToLatest(Quiz quiz, String language) {
    if (!quiz.isPublished()) {
      return 0;
    }
    QuizVersion latest =
        em.createNamedQuery("QuizVersion.findByNumber", QuizVersion.class)
            .setParameter("quizId", quiz.getId())
            .setParameter("number", quiz.getLatestVersion())
            .getSingleResult();
    Map<Long, Question> bankById = new HashMap<>();
    bank.bank(quiz).forEach(q -> bankById.put(q.getId(), q));
    int added = 0;
    for (VersionQuestion published : latest.getQuestions()) {
      Question source = bankById.get(published.getSourceQuestionId());
      if (source == null || !sameContent(published, source)) {
        continue;
      }
      Optional<QuestionText> text = source.translation(language).filter(t -> !t.isOutOfDate());
      if (text.isPresent()) {
        Optional<VersionQuestionText> version = published.addTranslation(text.get());
        version.ifPresent(em::persist);
        added += version.isPresent() ? 1 : 0;
      }
    }
    return added;
  }

  private static boolean sameContent(QuestionContent a, QuestionContent b) {
    return a.isLenientMatch() == b.isLenientMatch()
        && QuestionMapping.toParsed(a).equals(QuestionMapping.toParsed(b));
  }

  /** The published versions of a quiz, with how many attempts each has. */
  public List<VersionSummary> versions(long quizId) {
    Map<Long, Long> attempts = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select a.quizVersion.id, count(a) from Attempt a"
                    + " where a.quiz.id = :quizId group by a.quizVersion.id",
                Object[].class)
            .setParameter("quizId", quizId)
            .getResultList()) {
      attempts.put((Long) row[0], (Long) row[1]);
    }
    return em.createNamedQuery("QuizVersion.findByQuiz", QuizVersion.class)
        .setParameter("quizId", quizId)
        .getResultStream()
        .map(
            v ->
                new VersionSummary(
                    v.getNumber(),
                    v.getPublishedAt(),
                    v.getQuestions().size(),
                    attempts.getOrDefault(v.getId(), 0L)))
        .toList();
  }
}
