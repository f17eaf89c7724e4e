package org.painwise.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.painwise.account.PersonalDataExport;

/** The progress part of "export my data": pages read and modules completed. */
@ApplicationScoped
public class ProgressDataSection implements PersonalDataExport.Section {

  @PersistenceContext private EntityManager em;

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
    return Json.createObjectBuilder()
        .add("pagesRead", pages)
        .add("modulesCompleted", completed)
        .build();
  }
}
