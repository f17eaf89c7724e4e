package org.painwise.testsupport;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.painwise.config.StartupOrder;
import org.painwise.lesson.CurriculumFiles;
import org.painwise.lesson.Module;
import org.yaml.snakeyaml.Yaml;

/**
 * Test deployments only: makes the module rows from lessons/NN-slug/module.yaml when they are
 * missing, at the lessons' start-up slot, so the starter quizzes can be imported before the real
 * lesson loader (issue 3) is merged. With the loader in place it finds every module and does
 * nothing.
 */
@ApplicationScoped
public class LessonStandIn {

  @Inject private CurriculumFiles files;
  @PersistenceContext private EntityManager em;

  @Transactional
  void load(@Observes @Priority(StartupOrder.LESSONS + 1) Startup startup) {
    for (Map.Entry<String, byte[]> file : files.read().entrySet()) {
      if (!file.getKey().matches("\\d+-[^/]+/module\\.yaml")) {
        continue;
      }
      Map<String, Object> yaml =
          new Yaml().load(new String(file.getValue(), StandardCharsets.UTF_8));
      String slug = String.valueOf(yaml.get("slug"));
      if (!em.createNamedQuery("Module.findBySlug", Module.class).setParameter("slug", slug)
          .getResultList().isEmpty()) {
        continue;
      }
      Module module = new Module();
      module.setSlug(slug);
      module.setTitle(String.valueOf(yaml.get("title")));
      module.setSummary(String.valueOf(yaml.get("summary")));
      module.setPosition(((Number) yaml.get("order")).intValue());
      module.setMinutes(((Number) yaml.get("minutes")).intValue());
      module.setContentHash("test-stand-in");
      em.persist(module);
    }
  }
}
