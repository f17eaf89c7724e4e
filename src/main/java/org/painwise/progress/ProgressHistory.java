package org.painwise.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.painwise.account.Guarded;
import org.painwise.account.Learner;
import org.painwise.config.Languages;
import org.painwise.lesson.LessonPage;
import org.painwise.lesson.LessonService;
import org.painwise.lesson.LessonTexts;
import org.painwise.lesson.Module;

/**
 * What a learner has read and completed, as dated events, for features above progress (the
 * therapist's timeline of a client). Callers check that the viewer may see the learner.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
@Guarded
public class ProgressHistory {

  @Inject private VisitBuffer visits;
  @Inject private LessonService lessons;
  @Inject private LessonTexts texts;

  /** A page read for the first time. */
  public record PageRead(Instant at, String moduleTitle, String pageTitle) {}

  /** A module completed. */
  public record Completed(Instant at, String moduleTitle) {}

  /** The page opened last, in a module not yet complete. Getters are for EL. */
  public record OpenPage(
      String moduleSlug, String moduleTitle, String pageSlug, String pageTitle, Instant since)
      implements Serializable {
    public String getModuleTitle() {
      return moduleTitle;
    }

    public String getPageTitle() {
      return pageTitle;
    }

    public Instant getSince() {
      return since;
    }
  }

  @PersistenceContext private EntityManager em;

  /**
   * Pages read, newest first, at most {@code limit}. Titles here and below are in the view's
   * language ({@link Languages#ofView()}; English outside a page), from {@link LessonTexts}.
   */
  public List<PageRead> pagesRead(@Learner long accountId, int limit) {
    String language = Languages.ofView();
    return em
        .createQuery(
            "select p.readAt, m.title, lp.title, m.slug, lp.slug from PageProgress p, LessonPage lp,"
                + " Module m where p.accountId = :p and lp.id = p.pageId and m.id = p.moduleId"
                + " order by p.readAt desc",
            Object[].class)
        .setParameter("p", accountId)
        .setMaxResults(limit)
        .getResultList()
        .stream()
        .map(
            r ->
                new PageRead(
                    (Instant) r[0],
                    texts.moduleTitle((String) r[3], language, (String) r[1]),
                    texts.pageTitle((String) r[3], (String) r[4], language, (String) r[2])))
        .toList();
  }

  /** Modules completed, in no particular order. */
  public List<Completed> completions(@Learner long accountId) {
    String language = Languages.ofView();
    return em
        .createQuery(
            "select c.completedAt, m.title, m.slug from ModuleCompletion c, Module m"
                + " where c.key.accountId = :p and m.id = c.key.moduleId",
            Object[].class)
        .setParameter("p", accountId)
        .getResultList()
        .stream()
        .map(
            r ->
                new Completed(
                    (Instant) r[0], texts.moduleTitle((String) r[2], language, (String) r[1])))
        .toList();
  }

  /**
   * Where the learner is: the page opened last, if its module is not complete. A visit that this
   * server has not written yet (see {@link VisitBuffer}) counts; one noted on another node shows
   * within a minute.
   */
  public Optional<OpenPage> openPage(@Learner long accountId) {
    String language = Languages.ofView();
    Optional<VisitBuffer.Pending> pending = visits.peek(accountId);
    Optional<LessonPage> page = pending.flatMap(p -> lessons.page(p.pageId()));
    if (page.isPresent()) {
      Module m = page.get().getModule();
      boolean complete =
          em.find(ModuleCompletion.class, new ModuleCompletion.Key(accountId, m.getId())) != null;
      return complete
          ? Optional.empty()
          : Optional.of(
              new OpenPage(
                  m.getSlug(),
                  texts.module(m, language).title(),
                  page.get().getSlug(),
                  texts.page(m, page.get(), language).title(),
                  pending.get().last()));
    }
    return em.createQuery(
            "select m.slug, m.title, lp.slug, lp.title, v.visitedAt"
                + " from LessonVisit v, LessonPage lp, Module m where v.accountId = :p"
                + " and lp.id = v.pageId and m.id = lp.module.id and not exists (select c"
                + " from ModuleCompletion c where c.key.accountId = :p and c.key.moduleId = m.id)",
            Object[].class)
        .setParameter("p", accountId)
        .getResultStream()
        .findFirst()
        .map(
            r ->
                new OpenPage(
                    (String) r[0],
                    texts.moduleTitle((String) r[0], language, (String) r[1]),
                    (String) r[2],
                    texts.pageTitle((String) r[0], (String) r[2], language, (String) r[3]),
                    (Instant) r[4]));
  }
}
