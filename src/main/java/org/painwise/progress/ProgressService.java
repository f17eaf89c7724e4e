package org.painwise.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.painwise.lesson.LessonPage;
import org.painwise.lesson.LessonService;
import org.painwise.lesson.Module;

/**
 * A learner's own reading progress. Every method takes the signed-in account's id and only ever
 * reads or writes that account's rows.
 */
@ApplicationScoped
@Transactional
public class ProgressService {

  @PersistenceContext private EntityManager em;
  @Inject private LessonService lessons;

  /** Marks a page as read once; reading it again changes nothing. */
  public void markRead(long accountId, LessonPage page) {
    boolean already = !em.createQuery("select p.id from PageProgress p"
            + " where p.accountId = :a and p.pageId = :p", Long.class)
        .setParameter("a", accountId).setParameter("p", page.getId())
        .setMaxResults(1).getResultList().isEmpty();
    if (!already) {
      em.persist(new PageProgress(accountId, page.getId(), page.getModule().getId(),
          Instant.now()));
    }
  }

  /** Remembers the page a learner opened last. */
  public void recordVisit(long accountId, LessonPage page) {
    LessonVisit visit = em.find(LessonVisit.class, accountId);
    if (visit == null) {
      visit = new LessonVisit(accountId);
      visit.visit(page.getId(), Instant.now());
      em.persist(visit);
    } else {
      visit.visit(page.getId(), Instant.now());
    }
  }

  /** The page to continue from, if the learner has opened one. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<LessonPage> lastPage(long accountId) {
    return Optional.ofNullable(em.find(LessonVisit.class, accountId))
        .flatMap(v -> lessons.page(v.getPageId()));
  }

  /** Ids of the pages of one module that the learner has read. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Set<Long> readPages(long accountId, long moduleId) {
    return Set.copyOf(em.createQuery("select p.pageId from PageProgress p"
            + " where p.accountId = :a and p.moduleId = :m", Long.class)
        .setParameter("a", accountId).setParameter("m", moduleId).getResultList());
  }

  /**
   * Progress in every module, in catalogue order: two small grouped queries, whatever the
   * number of modules or learners.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<Long, ModuleProgress> progress(long accountId) {
    Map<Long, Long> read = em.createQuery("select p.moduleId, count(p) from PageProgress p"
            + " where p.accountId = :a group by p.moduleId", Object[].class)
        .setParameter("a", accountId).getResultStream()
        .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    Map<Long, Long> counts = lessons.pageCounts();
    Map<Long, ModuleProgress> result = new LinkedHashMap<>();
    for (Module m : lessons.modules()) {
      result.put(m.getId(), new ModuleProgress(m.getId(), read.getOrDefault(m.getId(), 0L),
          counts.getOrDefault(m.getId(), 0L), false, false));
    }
    return result;
  }
}
