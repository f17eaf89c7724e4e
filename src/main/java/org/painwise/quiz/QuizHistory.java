package org.painwise.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.painwise.account.Guarded;
import org.painwise.account.Learner;
import org.painwise.account.PersonalDataExport;
import org.painwise.account.Self;
import org.painwise.config.Dates;
import org.painwise.config.Languages;
import org.painwise.lesson.LessonTexts;
import org.painwise.progress.ScoreChart;

/**
 * A learner's submitted quiz attempts over time: for their "My progress" chart, their therapist's
 * timeline, and "export my data".
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
@Guarded
public class QuizHistory implements PersonalDataExport.Section {

  /** One submitted attempt. Getters are for EL. */
  public record Point(
      Instant at, String moduleSlug, String moduleTitle, int moduleOrder, int score, boolean passed)
      implements Serializable {
    public Instant getAt() {
      return at;
    }

    public String getModuleTitle() {
      return moduleTitle;
    }

    public int getScore() {
      return score;
    }

    public boolean isPassed() {
      return passed;
    }
  }

  @PersistenceContext private EntityManager em;
  @Inject private Dates dates;
  @Inject private LessonTexts texts;

  /**
   * The learner's submitted attempts, oldest first (at most 500); module titles in the view's
   * language (English outside a page).
   */
  public List<Point> points(@Learner long accountId) {
    String language = Languages.ofView();
    return em
        .createQuery(
            "select a.submittedAt, m.slug, m.title, m.position, a.scorePercent, a.passed"
                + " from Attempt a join a.quiz q join q.module m where a.accountId = :a"
                + " and a.submittedAt is not null order by a.submittedAt",
            Object[].class)
        .setParameter("a", accountId)
        .setMaxResults(500)
        .getResultList()
        .stream()
        .map(
            r ->
                new Point(
                    (Instant) r[0],
                    (String) r[1],
                    texts.moduleTitle((String) r[1], language, (String) r[2]),
                    (Integer) r[3],
                    r[4] == null ? 0 : (Integer) r[4],
                    Boolean.TRUE.equals(r[5])))
        .toList();
  }

  /** The chart of a list of results, for the learner's own page and their therapist's. */
  public ScoreChart chart(List<Point> points) {
    return ScoreChart.of(
        points.stream()
            .map(
                p ->
                    new ScoreChart.Entry(
                        p.moduleOrder(),
                        p.moduleTitle(),
                        p.score(),
                        p.passed(),
                        dates.day(LocalDate.ofInstant(p.at(), ZoneId.systemDefault())),
                        dates.format(p.at())))
            .toList());
  }

  @Override
  public String name() {
    return "quizAttempts";
  }

  /**
   * Every attempt, submitted or still open, with each answer given: the question, the answer in
   * words and as stored, and its score.
   */
  @Override
  @Transactional // read-only, but the attempts' versions and questions load as they are written
  public JsonValue export(@Self long accountId) {
    List<Attempt> all =
        em.createQuery(
                "select a from Attempt a join fetch a.quiz join fetch a.quizVersion"
                    + " where a.accountId = :a order by a.startedAt, a.id",
                Attempt.class)
            .setParameter("a", accountId)
            .getResultList();
    JsonArrayBuilder attempts = Json.createArrayBuilder();
    for (Attempt a : all) {
      JsonObjectBuilder attempt =
          Json.createObjectBuilder()
              .add("module", a.getQuiz().getModule().getSlug())
              .add("attempt", a.getNumber())
              .add("quizVersion", a.getQuizVersion().getNumber())
              .add("startedAt", a.getStartedAt().toString());
      if (a.isSubmitted()) {
        attempt
            .add("submittedAt", a.getSubmittedAt().toString())
            .add("scorePercent", a.getScorePercent() == null ? 0 : a.getScorePercent())
            .add("passed", Boolean.TRUE.equals(a.getPassed()));
      } else {
        attempt.addNull("submittedAt");
      }
      attempt.add("answers", answers(a));
      attempts.add(attempt);
    }
    return attempts.build();
  }

  private JsonArrayBuilder answers(Attempt attempt) {
    Map<Long, VersionQuestion> questions = new HashMap<>();
    attempt.getQuizVersion().getQuestions().forEach(q -> questions.put(q.getId(), q));
    Map<Long, Answer> given = new HashMap<>();
    em.createNamedQuery("Answer.findByAttempt", Answer.class)
        .setParameter("attemptId", attempt.getId())
        .getResultList()
        .forEach(a -> given.put(a.getQuestionId(), a));
    JsonArrayBuilder answers = Json.createArrayBuilder();
    int number = 1;
    for (Long id : attempt.questionOrder()) {
      VersionQuestion q = questions.get(id);
      Answer a = given.get(id);
      if (q == null || a == null) {
        number++;
        continue;
      }
      JsonObjectBuilder answer =
          Json.createObjectBuilder()
              .add("number", number++)
              .add("question", QuizText.plain(q.getStem()))
              .add("answer", inWords(q, Response.decode(q.getType(), a.getResponse())))
              .add("response", a.getResponse())
              .add("savedAt", a.getSavedAt().toString());
      if (a.getScore() == null) {
        answer.addNull("scorePercent");
      } else {
        answer.add(
            "scorePercent",
            a.getScore().multiply(BigDecimal.valueOf(100)).setScale(0, RoundingMode.HALF_UP));
      }
      answers.add(answer);
    }
    return answers;
  }

  /** An answer as the learner gave it, in words: the choices picked, the pairs, or the text. */
  static String inWords(QuestionContent q, Response r) {
    return switch (q.getType()) {
      case SINGLE_CHOICE, TRUE_FALSE, MULTIPLE_CHOICE ->
          q.choices().stream()
              .filter(c -> r.picks().contains(c.getPosition()))
              .map(c -> QuizText.plain(c.getText()))
              .collect(Collectors.joining("; "));
      case MATCHING ->
          q.choices().stream()
              .filter(c -> !c.getText().isBlank() && r.matches().containsKey(c.getPosition()))
              .map(
                  c ->
                      QuizText.plain(c.getText())
                          + " → "
                          + q.choices().stream()
                              .filter(o -> o.getPosition() == r.matches().get(c.getPosition()))
                              .findFirst()
                              .map(o -> QuizText.plain(o.getMatchText()))
                              .orElse(""))
              .collect(Collectors.joining("; "));
      case SHORT_ANSWER, NUMERIC -> r.text();
    };
  }
}
