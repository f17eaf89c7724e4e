package org.painwise.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
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
  public record Point(Instant at, String moduleSlug, String moduleTitle, int score, boolean passed)
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
            "select a.submittedAt, m.slug, m.title, a.scorePercent, a.passed"
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
                    r[3] == null ? 0 : (Integer) r[3],
                    Boolean.TRUE.equals(r[4])))
        .toList();
  }

  /** The chart of a list of results, for the learner's own page and their therapist's. */
  public ScoreChart chart(List<Point> points) {
    return ScoreChart.of(
        points.stream().map(Point::score).toList(),
        points.stream().map(Point::passed).toList(),
        points.stream().map(p -> p.moduleTitle() + ", " + dates.format(p.at())).toList());
  }

  @Override
  public String name() {
    return "quizAttempts";
  }

  @Override
  public JsonValue export(@Self long accountId) {
    JsonArrayBuilder attempts = Json.createArrayBuilder();
    points(accountId)
        .forEach(
            p ->
                attempts.add(
                    Json.createObjectBuilder()
                        .add("module", p.moduleSlug())
                        .add("submittedAt", p.at().toString())
                        .add("scorePercent", p.score())
                        .add("passed", p.passed())));
    return attempts.build();
  }
}
