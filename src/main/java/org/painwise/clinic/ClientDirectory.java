package org.painwise.clinic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.painwise.account.Guarded;
import org.painwise.account.Role;
import org.painwise.account.Self;
import org.painwise.outcome.MeaningfulChange;

/**
 * A therapist's client table. One SQL statement for a page and one for the count, whatever the
 * number of clients: the database filters, sorts and pages; the counts are subqueries on indexed
 * columns, never one query per row.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
@Guarded(Role.THERAPIST)
public class ClientDirectory {

  /** Sortable columns, by the name the table uses, mapped to SQL. Anything else sorts by name. */
  private static final Map<String, String> SORTS =
      Map.of(
          "name", "a.display_name",
          "email", "a.email",
          "assigned", "assigned",
          "completed", "completed",
          "overdue", "overdue",
          "lastActivity", "la.last_activity_at",
          "latestScore", "la.latest_score",
          "latestPain", "cs.latest_pain",
          "painChange", "pain_change",
          "redFlags", "red_flags");

  private static final String FROM =
      " FROM care_link l"
          + " JOIN account a ON a.id = l.patient_id"
          + " LEFT JOIN learner_activity la ON la.account_id = a.id"
          // Check-in figures only of clients who share their check-ins with this therapist now.
          + " LEFT JOIN (SELECT DISTINCT sh.patient_id FROM outcome_share sh"
          + "   WHERE sh.therapist_id = :t AND sh.kind = 'CHECKINS' AND sh.withdrawn_at IS NULL)"
          + "   sharing ON sharing.patient_id = a.id"
          + " LEFT JOIN checkin_summary cs ON cs.account_id = sharing.patient_id"
          + " WHERE l.therapist_id = :t AND l.unlinked_at IS NULL"
          + " AND (:search = '' OR LOWER(a.display_name) LIKE :like OR a.email LIKE :like)";

  private static final String SELECT =
      "SELECT a.id, a.display_name, a.email,"
          + " (SELECT COUNT(*) FROM assignment x WHERE x.therapist_id = :t AND x.patient_id = a.id"
          + "   AND x.withdrawn_at IS NULL) AS assigned,"
          + " (SELECT COUNT(*) FROM assignment x JOIN module_completion c"
          + "   ON c.account_id = x.patient_id AND c.module_id = x.module_id"
          + "   WHERE x.therapist_id = :t AND x.patient_id = a.id AND x.withdrawn_at IS NULL)"
          + "   AS completed,"
          + " (SELECT COUNT(*) FROM assignment x WHERE x.therapist_id = :t AND x.patient_id = a.id"
          + "   AND x.withdrawn_at IS NULL AND x.due_on < :today AND NOT EXISTS (SELECT 1"
          + "   FROM module_completion c WHERE c.account_id = x.patient_id"
          + "   AND c.module_id = x.module_id)) AS overdue,"
          + " la.last_activity_at, la.latest_score,"
          + " cs.latest_pain, cs.baseline_pain, (cs.latest_pain - cs.baseline_pain) AS pain_change,"
          + " CASE WHEN sharing.patient_id IS NULL THEN 0 ELSE (SELECT COUNT(*) FROM notice n"
          + "   WHERE n.account_id = :t AND n.patient_id = a.id AND n.kind = 'RED_FLAG'"
          + "   AND n.read_at IS NULL) END AS red_flags";

  @PersistenceContext private EntityManager em;

  public List<ClientRow> page(
      @Self long therapistId,
      String search,
      String sortField,
      boolean ascending,
      int first,
      int size,
      LocalDate today) {
    String sort = SORTS.getOrDefault(sortField == null ? "" : sortField, "a.display_name");
    Query q =
        em.createNativeQuery(
            SELECT
                + FROM
                + " ORDER BY "
                + sort
                + (ascending ? " ASC" : " DESC")
                + " NULLS LAST, a.id");
    bind(q, therapistId, search).setParameter("today", today);
    @SuppressWarnings("unchecked")
    List<Object[]> rows = q.setFirstResult(first).setMaxResults(size).getResultList();
    return rows.stream().map(ClientDirectory::row).toList();
  }

  public long count(@Self long therapistId, String search) {
    Query q = em.createNativeQuery("SELECT COUNT(*)" + FROM);
    return ((Number) bind(q, therapistId, search).getSingleResult()).longValue();
  }

  /** Overdue assignments of all this therapist's clients, for the dashboard. */
  public long overdueCount(@Self long therapistId, LocalDate today) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM assignment x"
                        + " JOIN care_link l ON l.therapist_id = x.therapist_id AND l.patient_id = x.patient_id"
                        + "  AND l.unlinked_at IS NULL"
                        + " WHERE x.therapist_id = :t AND x.withdrawn_at IS NULL AND x.due_on < :today"
                        + " AND NOT EXISTS (SELECT 1 FROM module_completion c WHERE c.account_id = x.patient_id"
                        + "  AND c.module_id = x.module_id)")
                .setParameter("t", therapistId)
                .setParameter("today", today)
                .getSingleResult())
        .longValue();
  }

  private static Query bind(Query q, long therapistId, String search) {
    String s = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
    String like = "%" + s.replace("\\", "").replace("%", "").replace("_", "") + "%";
    return q.setParameter("t", therapistId).setParameter("search", s).setParameter("like", like);
  }

  private static ClientRow row(Object[] r) {
    return new ClientRow(
        ((Number) r[0]).longValue(),
        (String) r[1],
        (String) r[2],
        ((Number) r[3]).longValue(),
        ((Number) r[4]).longValue(),
        ((Number) r[5]).longValue(),
        instant(r[6]),
        r[7] == null ? null : ((Number) r[7]).intValue(),
        r[8] == null ? null : ((Number) r[8]).intValue(),
        r[8] == null
            ? null
            : MeaningfulChange.of(((Number) r[9]).doubleValue(), ((Number) r[8]).doubleValue()),
        ((Number) r[11]).longValue());
  }

  private static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    return Instant.parse(value.toString());
  }
}
