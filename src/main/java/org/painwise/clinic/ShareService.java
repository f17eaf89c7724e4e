package org.painwise.clinic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.painwise.account.Guarded;
import org.painwise.account.Role;
import org.painwise.account.Self;

/**
 * A patient's sharing choices, per therapist and kind. Only a linked therapist can be shared with;
 * withdrawing (or ending the link) hides the data from that therapist at once, because every read
 * checks {@link #isShared} in the same request. The package-private checks serve the clinic's own
 * classes, for whoever is signed in.
 */
@ApplicationScoped
@Transactional
@Guarded
public class ShareService {

  @PersistenceContext private EntityManager em;
  @Inject private CareService care;

  /** Shares one kind with one of the patient's linked therapists; sharing twice changes nothing. */
  @Guarded(Role.PATIENT)
  public void share(@Self long patientId, long therapistId, ShareKind kind)
      throws NotYourClientException {
    if (!care.isLinked(therapistId, patientId)) {
      throw new NotYourClientException();
    }
    if (!isShared(therapistId, patientId, kind)) {
      em.persist(new OutcomeShare(patientId, therapistId, kind, Instant.now()));
    }
  }

  /** Withdraws a share: from this moment that therapist sees nothing of that kind. */
  @Guarded(Role.PATIENT)
  public void withdraw(@Self long patientId, long therapistId, ShareKind kind) {
    active(patientId, therapistId, kind).forEach(s -> s.withdraw(Instant.now()));
  }

  /** The therapists (ids) the patient shares {@code kind} with now. */
  @Guarded(Role.PATIENT)
  @Transactional(Transactional.TxType.SUPPORTS)
  public Set<Long> sharedWith(@Self long patientId, ShareKind kind) {
    return new HashSet<>(
        em.createQuery(
                "select s.therapistId from OutcomeShare s where s.patientId = :p"
                    + " and s.kind = :k and s.withdrawnAt is null",
                Long.class)
            .setParameter("p", patientId)
            .setParameter("k", kind)
            .getResultList());
  }

  /** Whether a linked therapist may see this kind of the patient's data now. */
  @Transactional(Transactional.TxType.SUPPORTS)
  boolean isShared(long therapistId, long patientId, ShareKind kind) {
    return care.isLinked(therapistId, patientId)
        && !em.createQuery(
                "select s.id from OutcomeShare s where s.therapistId = :t and s.patientId = :p"
                    + " and s.kind = :k and s.withdrawnAt is null",
                Long.class)
            .setParameter("t", therapistId)
            .setParameter("p", patientId)
            .setParameter("k", kind)
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
  }

  /** The therapists a patient shares {@code kind} with and is linked to, for notices. */
  @Transactional(Transactional.TxType.SUPPORTS)
  List<Long> linkedSharing(long patientId, ShareKind kind) {
    return em.createQuery(
            "select s.therapistId from OutcomeShare s where s.patientId = :p and s.kind = :k"
                + " and s.withdrawnAt is null and exists (select l.id from CareLink l"
                + " where l.therapistId = s.therapistId and l.patientId = s.patientId"
                + " and l.unlinkedAt is null)",
            Long.class)
        .setParameter("p", patientId)
        .setParameter("k", kind)
        .getResultList();
  }

  private List<OutcomeShare> active(long patientId, long therapistId, ShareKind kind) {
    return em.createQuery(
            "select s from OutcomeShare s where s.patientId = :p and s.therapistId = :t"
                + " and s.kind = :k and s.withdrawnAt is null",
            OutcomeShare.class)
        .setParameter("p", patientId)
        .setParameter("t", therapistId)
        .setParameter("k", kind)
        .getResultList();
  }
}
