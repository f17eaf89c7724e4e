package org.painwise.config;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.persistence.EntityManager;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.metamodel.EntityType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.painwise.testsupport.AlsoOnPostgreSQL;
import org.painwise.testsupport.InContainer;

/**
 * Every named query of every entity compiles. The server does not check them when it starts ({@code
 * hibernate.query.startup_check=false}, which shortens the start), so this test does.
 */
@AlsoOnPostgreSQL
@ExtendWith(InContainer.class)
class NamedQueriesIT {

  @PersistenceContext private EntityManager em;

  @Test
  void everyNamedQueryCompiles() {
    List<String> checked = new ArrayList<>();
    List<String> broken = new ArrayList<>();
    for (EntityType<?> entity : em.getMetamodel().getEntities()) {
      for (NamedQuery query : entity.getJavaType().getAnnotationsByType(NamedQuery.class)) {
        try {
          em.createNamedQuery(query.name());
          checked.add(query.name());
        } catch (RuntimeException e) {
          broken.add(query.name() + ": " + e.getMessage());
        }
      }
    }
    if (!broken.isEmpty()) {
      fail("named queries that do not compile:\n" + String.join("\n", broken));
    }
    assertTrue(checked.size() >= 10, "the entities' named queries were found: " + checked);
  }
}
