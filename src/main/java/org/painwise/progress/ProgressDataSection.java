package org.painwise.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import org.painwise.account.PersonalDataExport;
import org.painwise.lesson.LessonPage;
import org.painwise.lesson.LessonService;

/**
 * The progress part of "export my data": pages read, modules completed, the page opened last, and
 * the time spent learning with the last activity and latest quiz score.
 */
@ApplicationScoped
public class ProgressDataSection implements PersonalDataExport.Section {

  @PersistenceContext private EntityManager em;
  @Inject private VisitBuffer visits;
  @Inject private LessonService lessons;

  @Override
  public String name() {
    return "progress";
  }

  @Override
  public JsonValue export(long accountId) {
    JsonArrayBuilder pages = Json.createArrayBuilder();
    em.createQuery(
            "select m.slug, lp.slug, p.readAt from PageProgress p, LessonPage lp, Module m"
                + " where p.accountId = :a and lp.id = p.pageId and m.id = p.moduleId"
                + " order by p.readAt",
            Object[].class)
        .setParameter("a", accountId)
        .getResultList()
        .forEach(
            r ->
                pages.add(
                    Json.createObjectBuilder()
                        .add("module", (String) r[0])
                        .add("page", (String) r[1])
                        .add("readAt", r[2].toString())));
    JsonArrayBuilder completed = Json.createArrayBuilder();
    em.createQuery(
            "select m.slug, c.completedAt from ModuleCompletion c, Module m"
                + " where c.key.accountId = :a and m.id = c.key.moduleId",
            Object[].class)
        .setParameter("a", accountId)
        .getResultList()
        .forEach(
            r ->
                completed.add(
                    Json.createObjectBuilder()
                        .add("module", (String) r[0])
                        .add("completedAt", ((Instant) r[1]).toString())));
    JsonObjectBuilder json =
        Json.createObjectBuilder().add("pagesRead", pages).add("modulesCompleted", completed);
    json.add("lastPage", lastPage(accountId));
    LearnerActivity activity = em.find(LearnerActivity.class, accountId);
    if (activity == null) {
      json.addNull("activity");
    } else {
      JsonObjectBuilder a =
          Json.createObjectBuilder()
              .add("secondsSpent", activity.getSecondsSpent())
              .add("lastActivityAt", activity.getLastActivityAt().toString());
      if (activity.getLatestScore() == null) {
        a.addNull("latestQuizScorePercent");
      } else {
        a.add("latestQuizScorePercent", activity.getLatestScore());
      }
      json.add("activity", a);
    }
    return json.build();
  }

  /** The page opened last: one noted in memory and not written yet counts (see VisitBuffer). */
  private JsonValue lastPage(long accountId) {
    Optional<VisitBuffer.Pending> pending = visits.peek(accountId);
    Long pageId;
    Instant at;
    if (pending.isPresent()) {
      pageId = pending.get().pageId();
      at = pending.get().last();
    } else {
      LessonVisit visit = em.find(LessonVisit.class, accountId);
      pageId = visit == null ? null : visit.getPageId();
      at = visit == null ? null : visit.getVisitedAt();
    }
    Optional<LessonPage> page = pageId == null ? Optional.empty() : lessons.page(pageId);
    if (page.isEmpty()) {
      return JsonValue.NULL;
    }
    return Json.createObjectBuilder()
        .add("module", page.get().getModule().getSlug())
        .add("page", page.get().getSlug())
        .add("openedAt", at.toString())
        .build();
  }
}
