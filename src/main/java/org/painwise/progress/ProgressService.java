package org.painwise.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.painwise.account.Guarded;
import org.painwise.account.Learner;
import org.painwise.account.Role;
import org.painwise.account.Self;
import org.painwise.lesson.LessonPage;
import org.painwise.lesson.LessonService;
import org.painwise.lesson.Module;

/**
 * A learner's own reading progress. Every method takes the signed-in account's id and only ever
 * reads or writes that account's rows.
 */
@ApplicationScoped
@Transactional
@Guarded
public class ProgressService {

  @PersistenceContext private EntityManager em;
  @Inject private LessonService lessons;
  @Inject private QuizGate quizzes;
  @Inject private VisitBuffer visits;

  /**
   * Marks a page as read once; reading it again changes nothing. The page script and the Next
   * button can both mark the same page at the same moment: the second waits for the first (see
   * {@link #lockLearner}) and then finds the page read.
   */
  public void markRead(@Self long accountId, LessonPage page) {
    Instant now = Instant.now();
    writeVisitOf(accountId);
    if (!isRead(accountId, page) && !isReadOnceLocked(accountId, page)) {
      long moduleId = page.getModule().getId();
      em.persist(new PageProgress(accountId, page.getId(), moduleId, now));
      em.flush();
      updateCompletion(accountId, moduleId);
    }
    touch(accountId, now);
  }

  private boolean isRead(long accountId, LessonPage page) {
    return !em.createQuery(
            "select p.id from PageProgress p" + " where p.accountId = :a and p.pageId = :p",
            Long.class)
        .setParameter("a", accountId)
        .setParameter("p", page.getId())
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  private boolean isReadOnceLocked(long accountId, LessonPage page) {
    lockLearner(accountId);
    return isRead(accountId, page);
  }

  /**
   * One of the learner's progress rows (last visit, activity, completion), or null when it does not
   * exist yet, in which case the learner is locked first (see {@link #lockLearner}) and the row
   * looked for again: the caller may then insert it.
   */
  private <T> T findOrLock(Class<T> type, Object key, long accountId) {
    T row = em.find(type, key);
    if (row == null) {
      lockLearner(accountId);
      row = em.find(type, key);
    }
    return row;
  }

  /**
   * Serialises the inserts of one learner's progress rows (page read, last visit, activity,
   * completion) until this transaction ends, by locking the learner's account row. Two requests of
   * the same learner that would insert the same row then run one after the other, and the second
   * sees the first's row instead of failing on the unique key. Other learners never wait. Only
   * taken on the rare paths that insert.
   */
  private boolean lockLearner(long accountId) {
    return !em.createNativeQuery("select id from account where id = ? for update")
        .setParameter(1, accountId)
        .getResultList()
        .isEmpty();
  }

  /**
   * Remembers the page a learner opened last, for "continue where you left off". Only in memory
   * ({@link VisitBuffer}): a page view writes nothing to the database and so waits for no disk. The
   * visit is written with the learner's next write, or by {@link VisitWriter} within a minute.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public void recordVisit(@Self long accountId, LessonPage page) {
    visits.remember(accountId, page.getId(), Instant.now());
  }

  /** Writes visits taken from {@link VisitBuffer}, in one transaction (the system's timer). */
  @Guarded(Role.ADMIN)
  public void writeVisits(Map<Long, VisitBuffer.Pending> taken) {
    taken.forEach(this::writeVisit);
  }

  /** Writes the learner's own visits noted in memory, with a write of theirs. */
  private void writeVisitOf(long accountId) {
    visits.take(accountId).ifPresent(p -> writeVisit(accountId, p));
  }

  /**
   * Writes a learner's visits: the page opened last, unless a later visit is stored already (from
   * another node), and the reading time between them. Skips an account or page deleted since.
   */
  private void writeVisit(long accountId, VisitBuffer.Pending p) {
    if (lessons.page(p.pageId()).isEmpty()) {
      return;
    }
    LessonVisit visit = em.find(LessonVisit.class, accountId);
    if (visit == null) {
      if (!lockLearner(accountId)) {
        return;
      }
      visit = em.find(LessonVisit.class, accountId);
    }
    if (visit == null) {
      visit = new LessonVisit(accountId);
      visit.visit(p.pageId(), p.last());
      em.persist(visit);
    } else if (visit.isBefore(p.last())) {
      visit.visit(p.pageId(), p.last());
    }
    LearnerActivity activity = activity(accountId, p.first());
    for (Instant at : List.of(p.first(), p.last())) {
      if (at.isAfter(activity.getLastActivityAt())) {
        activity.touch(at);
      }
    }
  }

  /** A submitted quiz: the latest score, and completion when it was passed. */
  public void recordQuizResult(@Self long accountId, long moduleId, int percent) {
    Instant now = Instant.now();
    writeVisitOf(accountId);
    activity(accountId, now).score(percent);
    touch(accountId, now);
    updateCompletion(accountId, moduleId);
  }

  /**
   * Records the module as complete once every page is read and, when the module has a quiz, the
   * quiz is passed. Called after each page read and each quiz result.
   */
  public void updateCompletion(@Self long accountId, long moduleId) {
    ModuleCompletion.Key key = new ModuleCompletion.Key(accountId, moduleId);
    if (findOrLock(ModuleCompletion.class, key, accountId) != null) {
      return;
    }
    long read =
        em.createQuery(
                "select count(p) from PageProgress p"
                    + " where p.accountId = :a and p.moduleId = :m",
                Long.class)
            .setParameter("a", accountId)
            .setParameter("m", moduleId)
            .getSingleResult();
    long total = lessons.pageCounts().getOrDefault(moduleId, 0L);
    boolean quizDone =
        !quizzes.modulesWithQuiz().contains(moduleId)
            || quizzes.passedModules(accountId).contains(moduleId);
    if (total > 0 && read >= total && quizDone) {
      em.persist(new ModuleCompletion(accountId, moduleId, Instant.now()));
    }
  }

  /** Ids of the modules this learner has completed. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Set<Long> completedModules(@Learner long accountId) {
    return Set.copyOf(
        em.createQuery(
                "select c.key.moduleId from ModuleCompletion c" + " where c.key.accountId = :a",
                Long.class)
            .setParameter("a", accountId)
            .getResultList());
  }

  /** Latest activity, score and time spent; empty for someone who never opened a lesson. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<LearnerActivity> activity(@Learner long accountId) {
    return Optional.ofNullable(em.find(LearnerActivity.class, accountId));
  }

  private void touch(long accountId, Instant now) {
    LearnerActivity activity = activity(accountId, now);
    if (!activity.isRecent(now)) {
      activity.touch(now);
    }
  }

  private LearnerActivity activity(long accountId, Instant now) {
    LearnerActivity activity = findOrLock(LearnerActivity.class, accountId, accountId);
    if (activity == null) {
      activity = new LearnerActivity(accountId, now);
      em.persist(activity);
    }
    return activity;
  }

  /** The page to continue from, if the learner has opened one. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<LessonPage> lastPage(@Learner long accountId) {
    return visits
        .peek(accountId)
        .map(VisitBuffer.Pending::pageId)
        .or(
            () ->
                Optional.ofNullable(em.find(LessonVisit.class, accountId))
                    .map(LessonVisit::getPageId))
        .flatMap(lessons::page);
  }

  /** Ids of the pages of one module that the learner has read. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Set<Long> readPages(@Learner long accountId, long moduleId) {
    return Set.copyOf(
        em.createQuery(
                "select p.pageId from PageProgress p"
                    + " where p.accountId = :a and p.moduleId = :m",
                Long.class)
            .setParameter("a", accountId)
            .setParameter("m", moduleId)
            .getResultList());
  }

  /**
   * Progress in every module, in catalogue order: two small grouped queries, whatever the number of
   * modules or learners.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<Long, ModuleProgress> progress(@Learner long accountId) {
    Map<Long, Long> read =
        em.createQuery(
                "select p.moduleId, count(p) from PageProgress p"
                    + " where p.accountId = :a group by p.moduleId",
                Object[].class)
            .setParameter("a", accountId)
            .getResultStream()
            .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    Map<Long, Long> counts = lessons.pageCounts();
    Set<Long> withQuiz = quizzes.modulesWithQuiz();
    Set<Long> passed = quizzes.passedModules(accountId);
    Map<Long, ModuleProgress> result = new LinkedHashMap<>();
    for (Module m : lessons.modules()) {
      result.put(
          m.getId(),
          new ModuleProgress(
              m.getId(),
              read.getOrDefault(m.getId(), 0L),
              counts.getOrDefault(m.getId(), 0L),
              passed.contains(m.getId()),
              withQuiz.contains(m.getId())));
    }
    return result;
  }
}
