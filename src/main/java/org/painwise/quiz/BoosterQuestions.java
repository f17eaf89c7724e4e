package org.painwise.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.painwise.account.Guarded;
import org.painwise.config.Languages;

/**
 * Questions for a booster (the outcome feature's short re-check after a module): a few questions
 * drawn from the latest published version of a module's quiz, in the learner's language where
 * translated, and their score, marked as the quiz marks them. Nothing here is a quiz attempt: the
 * quiz's attempts, grades and module completion are untouched.
 */
@ApplicationScoped
@Transactional // reads only, but the version's questions and choices load lazily
@Guarded
public class BoosterQuestions {

  /** The fewest and most questions of a booster. */
  public static final int MIN = 3;

  public static final int MAX = 5;

  /** Questions drawn for one booster, ready to show, and the module they come from. */
  public record Drawn(long moduleId, String language, List<Sheet.Question> questions)
      implements Serializable {}

  @PersistenceContext private EntityManager em;

  /**
   * Up to {@link #MAX} questions (never fewer than {@link #MIN}) of the module's published quiz, in
   * an order given by {@code seed}; empty when the module has no published quiz with enough
   * questions.
   */
  public Optional<Drawn> draw(String moduleSlug, String language, long seed) {
    Optional<QuizVersion> version = latest(moduleSlug);
    if (version.isEmpty() || version.get().getQuestions().size() < MIN) {
      return Optional.empty();
    }
    List<VersionQuestion> all = new ArrayList<>(version.get().getQuestions());
    Collections.shuffle(all, new Random(seed));
    List<VersionQuestion> picked = all.subList(0, Math.min(MAX, all.size()));
    QuizService.Translations translations = translations(version.get(), language);
    List<Sheet.Question> shown = new ArrayList<>();
    int number = 1;
    for (VersionQuestion q : picked) {
      shown.add(
          Sheets.question(translations.content(q), q.getId(), number++, seed, true, "")
              .inLanguage(translations.languageOf(q)));
    }
    return Optional.of(
        new Drawn(version.get().getQuiz().getModule().getId(), translations.language(), shown));
  }

  /**
   * The score, 0 to 100, of answers (in {@link Response}'s encoding, by question id) to questions
   * of the module's published quiz; empty when a question is not one of them or there are too few
   * or too many.
   */
  public Optional<Integer> score(
      String moduleSlug, String language, List<Long> questionIds, Map<Long, String> answers) {
    Optional<QuizVersion> version = latest(moduleSlug);
    if (version.isEmpty()
        || questionIds.size() < MIN
        || questionIds.size() > MAX
        || questionIds.stream().distinct().count() != questionIds.size()) {
      return Optional.empty();
    }
    Map<Long, VersionQuestion> byId = new HashMap<>();
    version.get().getQuestions().forEach(q -> byId.put(q.getId(), q));
    QuizService.Translations translations = translations(version.get(), language);
    List<BigDecimal> credits = new ArrayList<>();
    for (Long id : questionIds) {
      VersionQuestion q = byId.get(id);
      if (q == null) {
        return Optional.empty();
      }
      String encoded = answers.getOrDefault(id, "");
      credits.add(
          Scoring.mark(
                  translations.content(q),
                  Response.decode(q.getType(), encoded == null ? "" : encoded))
              .credit());
    }
    return Optional.of(Scoring.percent(credits));
  }

  private Optional<QuizVersion> latest(String moduleSlug) {
    if (moduleSlug == null) {
      return Optional.empty();
    }
    return em.createNamedQuery("Quiz.findByModuleSlug", Quiz.class)
        .setParameter("slug", moduleSlug)
        .getResultStream()
        .filter(Quiz::isPublished)
        .findFirst()
        .flatMap(
            quiz ->
                em.createNamedQuery("QuizVersion.findByNumber", QuizVersion.class)
                    .setParameter("quizId", quiz.getId())
                    .setParameter("number", quiz.getLatestVersion())
                    .getResultStream()
                    .findFirst());
  }

  private QuizService.Translations translations(QuizVersion version, String language) {
    String lang = Languages.isSupported(language) ? language : Languages.BASE;
    Map<Long, VersionQuestionText> texts = new HashMap<>();
    if (!Languages.BASE.equals(lang)) {
      em.createNamedQuery("VersionQuestionText.findByVersion", VersionQuestionText.class)
          .setParameter("versionId", version.getId())
          .setParameter("language", lang)
          .getResultStream()
          .forEach(t -> texts.put(t.versionQuestionId(), t));
    }
    return new QuizService.Translations(lang, texts);
  }
}
