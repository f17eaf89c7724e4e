package org.painwise.clinic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;

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

  /**
   * Claims a reminder about a person (not an assignment) for {@code day}: true only if none of this
   * kind went to them on any day from {@code since} to {@code day}. The primary key (account, kind,
   * day) keeps it to one per person, kind and day across nodes.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean claimDaily(long accountId, Notice.Kind kind, LocalDate day, LocalDate since) {
    return em.createNativeQuery(
                "INSERT INTO reminder_daily (account_id, kind, sent_on, sent_at)"
                    + " SELECT :id, :kind, :day, :now FROM (VALUES (1)) AS one(x) WHERE NOT EXISTS"
                    + " (SELECT 1 FROM reminder_daily r WHERE r.account_id = :id AND r.kind = :kind"
                    + " AND r.sent_on >= :since AND r.sent_on <= :day)")
            .setParameter("id", accountId)
            .setParameter("kind", kind.name())
            .setParameter("day", day)
            .setParameter("since", since)
            .setParameter("now", Instant.now())
            .executeUpdate()
        == 1;
  }
}
