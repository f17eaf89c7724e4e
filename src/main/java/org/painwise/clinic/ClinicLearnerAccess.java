package org.painwise.clinic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.painwise.account.LearnerAccess;

/** A therapist may see the learning data of their own linked clients, and nobody else's. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ClinicLearnerAccess implements LearnerAccess {

  @PersistenceContext private EntityManager em;

  @Override
  public boolean maySee(long viewerId, long learnerId) {
    return !em.createQuery(
            "select l.id from CareLink l where l.therapistId = :t"
                + " and l.patientId = :p and l.unlinkedAt is null",
            Long.class)
        .setParameter("t", viewerId)
        .setParameter("p", learnerId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }
}
