package org.painwise.clinic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** Claims one reminder in its own transaction; the primary key makes the claim unique. */
@ApplicationScoped
public class ReminderLedger {

  @PersistenceContext private EntityManager em;

  /** True if this call claimed it; false if it was already sent. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean claim(long assignmentId, Notice.Kind kind) {
    return em.createNativeQuery(
                "INSERT INTO reminder_sent (assignment_id, kind, sent_at)"
                    + " SELECT :id, :kind, :now FROM (VALUES (1)) AS one(x) WHERE NOT EXISTS (SELECT 1"
                    + " FROM reminder_sent r WHERE r.assignment_id = :id AND r.kind = :kind)")
            .setParameter("id", assignmentId)
            .setParameter("kind", kind.name())
            .setParameter("now", Instant.now())
            .executeUpdate()
        == 1;
  }
}
