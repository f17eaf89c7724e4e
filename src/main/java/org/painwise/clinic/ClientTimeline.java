package org.painwise.clinic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.painwise.account.Guarded;
import org.painwise.account.Role;
import org.painwise.account.Self;
import org.painwise.config.Languages;
import org.painwise.lesson.LessonTexts;
import org.painwise.progress.ProgressHistory;
import org.painwise.progress.ProgressHistory.OpenPage;
import org.painwise.quiz.QuizHistory;

/** What a client has done, newest first, for their therapist's client page. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
@Guarded(Role.THERAPIST)
public class ClientTimeline {

  /** Kinds of timeline entry; the page words them from the bundle. */
  public enum Kind {
    PAGE_READ,
    MODULE_COMPLETED,
    ASSIGNED,
    QUIZ_PASSED,
    QUIZ_FAILED
  }

  /** One entry: what, when, about which module or page, and a score for quizzes. */
  public record Entry(Instant at, Kind kind, String title, Integer score) implements Serializable {
    public Instant getAt() {
      return at;
    }

    public Kind getKind() {
      return kind;
    }

    public String getTitle() {
      return title;
    }

    public Integer getScore() {
      return score;
    }
  }

  static final int LIMIT = 200;

  @PersistenceContext private EntityManager em;
  @Inject private CareService care;
  @Inject private ProgressHistory progress;
  @Inject private QuizHistory quizzes;
  @Inject private LessonTexts texts;

  public List<Entry> timeline(@Self long therapistId, long patientId)
      throws NotYourClientException {
    care.requireClient(therapistId, patientId);
    String language = Languages.ofView();
    List<Entry> entries = new ArrayList<>();
    progress
        .pagesRead(patientId, LIMIT)
        .forEach(
            r ->
                entries.add(
                    new Entry(
                        r.at(), Kind.PAGE_READ, r.moduleTitle() + ": " + r.pageTitle(), null)));
    progress
        .completions(patientId)
        .forEach(c -> entries.add(new Entry(c.at(), Kind.MODULE_COMPLETED, c.moduleTitle(), null)));
    em.createQuery(
            "select a.createdAt, m.title, m.slug from Assignment a join a.module m"
                + " where a.patientId = :p and a.therapistId = :t and a.withdrawnAt is null",
            Object[].class)
        .setParameter("p", patientId)
        .setParameter("t", therapistId)
        .getResultList()
        .forEach(
            r ->
                entries.add(
                    new Entry(
                        (Instant) r[0],
                        Kind.ASSIGNED,
                        texts.moduleTitle((String) r[2], language, (String) r[1]),
                        null)));
    quizzes
        .points(patientId)
        .forEach(
            p ->
                entries.add(
                    new Entry(
                        p.at(),
                        p.passed() ? Kind.QUIZ_PASSED : Kind.QUIZ_FAILED,
                        p.moduleTitle(),
                        p.score())));
    entries.sort(Comparator.comparing(Entry::at).reversed());
    return entries.size() > LIMIT ? List.copyOf(entries.subList(0, LIMIT)) : entries;
  }

  /** Where the client is: the page they opened last, if its module is not complete. */
  public Optional<OpenPage> stuck(@Self long therapistId, long patientId)
      throws NotYourClientException {
    care.requireClient(therapistId, patientId);
    return progress.openPage(patientId);
  }
}
