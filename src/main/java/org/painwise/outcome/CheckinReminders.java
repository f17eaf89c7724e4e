package org.painwise.outcome;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.painwise.account.Guarded;
import org.painwise.account.Role;
import org.painwise.account.Self;

/**
 * The patient's choice "remind me to check in daily" (off by default), and who chose it, for the
 * clinic's daily reminders.
 */
@ApplicationScoped
@Transactional
@Guarded
public class CheckinReminders {

  /** A patient who asked for a daily check-in reminder. */
  public record Recipient(long patientId, String email, String language) {}

  @PersistenceContext private EntityManager em;

  /** Whether the patient asked to be reminded daily. */
  @Guarded(Role.PATIENT)
  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean isOn(@Self long patientId) {
    return !em.createNativeQuery("SELECT 1 FROM checkin_reminder WHERE account_id = :a")
        .setParameter("a", patientId)
        .getResultList()
        .isEmpty();
  }

  /** Turns the daily reminder on or off; setting it twice changes nothing. */
  @Guarded(Role.PATIENT)
  public void set(@Self long patientId, boolean on) {
    if (on) {
      em.createNativeQuery(
              "INSERT INTO checkin_reminder (account_id, opted_at) SELECT :a, :now"
                  + " FROM (VALUES (1)) AS one(x) WHERE NOT EXISTS (SELECT 1 FROM checkin_reminder"
                  + " WHERE account_id = :a)")
          .setParameter("a", patientId)
          .setParameter("now", Instant.now())
          .executeUpdate();
    } else {
      em.createNativeQuery("DELETE FROM checkin_reminder WHERE account_id = :a")
          .setParameter("a", patientId)
          .executeUpdate();
    }
  }

  /** Every patient who asked for the daily reminder; run as the system. */
  @Guarded(Role.ADMIN)
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Recipient> recipients() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT a.id, a.email, a.language FROM checkin_reminder r"
                    + " JOIN account a ON a.id = r.account_id WHERE a.role = 'PATIENT'"
                    + " ORDER BY a.id")
            .setMaxResults(5000)
            .getResultList();
    return rows.stream()
        .map(r -> new Recipient(((Number) r[0]).longValue(), (String) r[1], (String) r[2]))
        .toList();
  }
}
