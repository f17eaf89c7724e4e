package org.painwise.lesson;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.painwise.lesson.Curriculum.ParsedModule;
import org.painwise.lesson.Curriculum.ParsedPage;

/** Modules and pages: what the reader shows, and the start-up sync from lessons/. */
@ApplicationScoped
@Transactional
public class LessonService {

  @PersistenceContext private EntityManager em;

  /** What a sync did, for the log and the tests. */
  public record SyncResult(int inserted, int updated, int unchanged) {}

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Module> modules() {
    return em.createNamedQuery("Module.findAll", Module.class)
        .setHint("org.hibernate.cacheable", true)
        .getResultList();
  }

  /** The module after this one in the catalogue's order, if it is not the last. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Module> moduleAfter(Module module) {
    List<Module> all = modules();
    for (int i = 0; i < all.size() - 1; i++) {
      if (all.get(i).getId().equals(module.getId())) {
        return Optional.of(all.get(i + 1));
      }
    }
    return Optional.empty();
  }

  /**
   * A module by its slug. Modules and their pages change only when {@link #sync} loads lessons/ (at
   * start), so every lesson page view finds them in memory: going through the query cache cost
   * about 7% of a view's CPU. A slug or module that is not there yet is looked up in the database
   * and kept.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Module> module(String slug) {
    Module known = modulesBySlug.get(slug);
    if (known != null) {
      return Optional.of(known);
    }
    Optional<Module> found =
        em.createNamedQuery("Module.findBySlug", Module.class)
            .setParameter("slug", slug)
            .getResultStream()
            .findFirst();
    found.ifPresent(m -> modulesBySlug.put(slug, m));
    return found;
  }

  /** The pages of a module in reading order; kept in memory like {@link #module}. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<LessonPage> pages(long moduleId) {
    return pagesByModule.computeIfAbsent(
        moduleId,
        id ->
            List.copyOf(
                em.createNamedQuery("LessonPage.findByModule", LessonPage.class)
                    .setParameter("moduleId", id)
                    .getResultList()));
  }

  /** A page by its module's slug and its own, from memory like {@link #module}. */
  public Optional<LessonPage> page(String moduleSlug, String pageSlug) {
    return module(moduleSlug)
        .flatMap(
            m -> pages(m.getId()).stream().filter(p -> p.getSlug().equals(pageSlug)).findFirst());
  }

  /** Modules and pages as last read from the database; emptied by {@link #sync}. */
  private final Map<String, Module> modulesBySlug = new ConcurrentHashMap<>();

  private final Map<Long, List<LessonPage>> pagesByModule = new ConcurrentHashMap<>();

  /**
   * A page with its module loaded. Both come from the second-level cache once read, so the
   * catalogue's "continue" card costs no statement (a query would read the page's HTML and the
   * module's references from the database on every view). In a transaction, so that the lazy module
   * can be loaded before the page leaves this method.
   */
  @Transactional
  public Optional<LessonPage> page(long pageId) {
    LessonPage page = em.find(LessonPage.class, pageId);
    if (page == null) {
      return Optional.empty();
    }
    page.getModule().getSlug(); // loads the module (from the cache)
    return Optional.of(page);
  }

  /** Number of pages in each module, by module id: one query for the whole catalogue. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<Long, Long> pageCounts() {
    return em.createQuery(
            "select p.module.id, count(p) from LessonPage p group by p.module.id", Object[].class)
        .setHint("org.hibernate.cacheable", true)
        .getResultStream()
        .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
  }

  /**
   * Brings the database in line with the parsed curriculum: new modules are added, changed ones
   * (another content hash) are updated in place so progress keeps pointing at the same pages, and
   * unchanged ones are not touched. Modules that failed to parse keep their stored version.
   */
  public SyncResult sync(List<ParsedModule> parsed) {
    modulesBySlug.clear();
    pagesByModule.clear();
    Map<String, Module> stored =
        modules().stream().collect(Collectors.toMap(Module::getSlug, Function.identity()));
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;
    for (ParsedModule p : parsed) {
      Module module = stored.get(p.slug());
      if (module != null && module.getContentHash().equals(p.contentHash())) {
        unchanged++;
        continue;
      }
      if (module == null) {
        module = new Module();
        module.setSlug(p.slug());
        inserted++;
      } else {
        updated++;
      }
      module.setTitle(p.title());
      module.setSummary(p.summary());
      module.setPosition(p.order());
      module.setMinutes(p.minutes());
      module.setObjectives(p.objectives());
      module.setKeyPoints(p.keyPoints());
      module.setSafety(p.safety());
      module.setReferencesHtml(p.referencesHtml());
      module.setContentHash(p.contentHash());
      module.setUpdatedAt(Instant.now());
      if (module.getId() == null) {
        em.persist(module);
      }
      syncPages(module, p.pages());
    }
    modulesBySlug.clear();
    pagesByModule.clear();
    return new SyncResult(inserted, updated, unchanged);
  }

  private void syncPages(Module module, List<ParsedPage> parsedPages) {
    Map<String, LessonPage> existing = new HashMap<>();
    if (module.getId() != null) {
      em.createNamedQuery("LessonPage.findByModule", LessonPage.class)
          .setParameter("moduleId", module.getId())
          .getResultStream()
          .forEach(page -> existing.put(page.getSlug(), page));
    }
    for (ParsedPage pp : parsedPages) {
      LessonPage page = existing.remove(pp.slug());
      if (page == null) {
        page = new LessonPage();
        page.setModule(module);
        page.setSlug(pp.slug());
      }
      page.setPosition(pp.position());
      page.setTitle(pp.title());
      page.setMinutes(pp.minutes());
      page.setHtml(pp.html());
      page.setKeyPoints(pp.keyPoints());
      if (page.getId() == null) {
        em.persist(page);
      }
    }
    // Pages that were removed from lessons/ go, with the progress that pointed at them.
    for (LessonPage gone : existing.values()) {
      em.createQuery("delete from LessonVisit v where v.pageId = :id")
          .setParameter("id", gone.getId())
          .executeUpdate();
      em.createQuery("delete from PageProgress p where p.pageId = :id")
          .setParameter("id", gone.getId())
          .executeUpdate();
      em.remove(gone);
    }
  }
}
