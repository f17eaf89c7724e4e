package org.painwise.assignment;

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

/** What a client has done, newest first, for their therapist's client page. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ClientTimeline {

  /** Kinds of timeline entry; the page words them from the bundle. */
  public enum Kind { PAGE_READ, MODULE_COMPLETED, ASSIGNED, QUIZ_PASSED, QUIZ_FAILED }

  /** One entry: what, when, about which module or page, and a score for quizzes. */
  public record Entry(Instant at, Kind kind, String title, Integer score) implements Serializable {
    public Instant getAt() { return at; }
    public Kind getKind() { return kind; }
    public String getTitle() { return title; }
    public Integer getScore() { return score; }
  }

  /** Where the client is: the page opened last, if its module is not complete. */
  public record Stuck(String moduleSlug, String moduleTitle, String pageSlug, String pageTitle,
      Instant since) implements Serializable {
    public String getModuleTitle() { return moduleTitle; }
    public String getPageTitle() { return pageTitle; }
    public Instant getSince() { return since; }
  }

  static final int LIMIT = 200;

  @PersistenceContext private EntityManager em;
  @Inject private CareService care;
  @Inject private jakarta.enterprise.inject.Instance<QuizTimelineSource> quizSources;

  public List<Entry> timeline(long therapistId, long patientId) throws NotYourClientException {
    care.requireClient(therapistId, patientId);
    List<Entry> entries = new ArrayList<>();
    em.createQuery("select p.readAt, lp.title, m.title from PageProgress p, LessonPage lp,"
            + " Module m where p.accountId = :p and lp.id = p.pageId and m.id = p.moduleId"
            + " order by p.readAt desc", Object[].class)
        .setParameter("p", patientId).setMaxResults(LIMIT).getResultList()
        .forEach(r -> entries.add(new Entry((Instant) r[0], Kind.PAGE_READ,
            r[2] + ": " + r[1], null)));
    em.createQuery("select c.completedAt, m.title from ModuleCompletion c, Module m"
            + " where c.key.accountId = :p and m.id = c.key.moduleId", Object[].class)
        .setParameter("p", patientId).getResultList()
        .forEach(r -> entries.add(new Entry((Instant) r[0], Kind.MODULE_COMPLETED,
            (String) r[1], null)));
    em.createQuery("select a.createdAt, m.title from Assignment a join a.module m"
            + " where a.patientId = :p and a.therapistId = :t and a.withdrawnAt is null",
            Object[].class)
        .setParameter("p", patientId).setParameter("t", therapistId).getResultList()
        .forEach(r -> entries.add(new Entry((Instant) r[0], Kind.ASSIGNED, (String) r[1], null)));
    quizSources.forEach(source -> entries.addAll(source.entries(patientId)));
    entries.sort(Comparator.comparing(Entry::at).reversed());
    return entries.size() > LIMIT ? List.copyOf(entries.subList(0, LIMIT)) : entries;
  }

  public Optional<Stuck> stuck(long therapistId, long patientId) throws NotYourClientException {
    care.requireClient(therapistId, patientId);
    return em.createQuery("select m.slug, m.title, lp.slug, lp.title, v.visitedAt"
            + " from LessonVisit v, LessonPage lp, Module m where v.accountId = :p"
            + " and lp.id = v.pageId and m.id = lp.module.id and not exists (select c"
            + " from ModuleCompletion c where c.key.accountId = :p and c.key.moduleId = m.id)",
            Object[].class)
        .setParameter("p", patientId).getResultStream().findFirst()
        .map(r -> new Stuck((String) r[0], (String) r[1], (String) r[2], (String) r[3],
            (Instant) r[4]));
  }

  /** Quiz results for the timeline, provided by the quiz feature. */
  public interface QuizTimelineSource {
    List<Entry> entries(long patientId);
  }
}
