package org.painwise.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.painwise.account.Guarded;
import org.painwise.account.Role;

/**
 * Item statistics of a module's published versions, from their submitted attempts: of every
 * attempt, or of the attempts taken in one language (an item is the same question in every
 * language, so its figures can be read per language and together).
 */
@ApplicationScoped
@Transactional
@Guarded(Role.EDUCATOR)
public class ItemStatistics {

  @PersistenceContext private EntityManager em;
  @Inject private QuestionBank bank;

  /** Item statistics of one question of a version. */
  public record ItemStats(
      int number,
      String label,
      long answered,
      double shareCorrect,
      Optional<Double> discrimination,
      List<ChoiceStats> choices)
      implements Serializable {}

  /** How often one choice was picked. */
  public record ChoiceStats(String label, boolean correct, long picks, double share)
      implements Serializable {}

  /**
   * Statistics of a version, from its submitted attempts.
   *
   * @param language the attempts' language, empty for all of them
   */
  public record Statistics(
      int versionNumber, long attempts, List<ItemStats> items, Optional<String> language)
      implements Serializable {}

  /**
   * Item statistics of a published version (the latest when {@code versionNumber} is empty): the
   * share of full-credit answers, an upper–lower 27% discrimination index, and how often each
   * choice was picked. Empty when the quiz is not published or has no such version.
   *
   * @throws QuizNotFoundException when there is no module with this slug
   */
  public Optional<Statistics> statistics(String moduleSlug, Optional<Integer> versionNumber)
      throws QuizNotFoundException {
    return statistics(moduleSlug, versionNumber, Optional.empty());
  }

  /**
   * The same, from the attempts taken in {@code language} only ("en", "fr"), or from all of them
   * when it is empty. Each answer is marked as it was read, in its attempt's language; the answers'
   * labels are in {@code language} (English for all languages).
   */
  public Optional<Statistics> statistics(
      String moduleSlug, Optional<Integer> versionNumber, Optional<String> language)
      throws QuizNotFoundException {
    Quiz quiz = bank.quiz(moduleSlug);
    if (!quiz.isPublished()) {
      return Optional.empty();
    }
    Optional<QuizVersion> version =
        em.createNamedQuery("QuizVersion.findByNumber", QuizVersion.class)
            .setParameter("quizId", quiz.getId())
            .setParameter("number", versionNumber.orElse(quiz.getLatestVersion()))
            .getResultStream()
            .findFirst();
    if (version.isEmpty()) {
      return Optional.empty();
    }
    List<Answer> answers =
        em.createNamedQuery("Answer.findByVersion", Answer.class)
            .setParameter("versionId", version.get().getId())
            .getResultStream()
            .filter(a -> language.isEmpty() || language.get().equals(a.getAttempt().getLanguage()))
            .toList();
    List<VersionQuestionText> texts =
        em.createNamedQuery("VersionQuestionText.findAllByVersion", VersionQuestionText.class)
            .setParameter("versionId", version.get().getId())
            .getResultList();
    return Optional.of(ItemAnalysis.analyse(version.get(), answers, texts, language));
  }
}
