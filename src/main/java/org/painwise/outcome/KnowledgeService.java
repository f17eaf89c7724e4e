package org.painwise.outcome;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.painwise.account.Guarded;
import org.painwise.account.Role;
import org.painwise.account.Self;
import org.painwise.lesson.LessonService;

/**
 * The knowledge check: a patient takes it and reads their own attempts and gain; anyone else reads
 * them only when a {@link KnowledgeAccess} says so (a therapist the patient shares it with), and
 * otherwise gets "not found".
 */
@ApplicationScoped
@Transactional
@Guarded
public class KnowledgeService {

  @PersistenceContext private EntityManager em;
  @Inject private Validator validator;
  @Inject private Instance<KnowledgeAccess> access;
  @Inject private LessonService lessons;

  /**
   * Saves an attempt, time-stamped now, scored ("not sure" is not right).
   *
   * @throws ConstraintViolationException when a statement has no answer
   * @throws DuplicateKnowledgeCheckException when this form (its token) was saved already
   */
  @Guarded(Role.PATIENT)
  public KnowledgeCheck take(@Self long patientId, KnowledgeDraft draft)
      throws DuplicateKnowledgeCheckException {
    Set<ConstraintViolation<KnowledgeDraft>> violations = validator.validate(draft);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    long seen =
        em.createNamedQuery("KnowledgeCheck.countByToken", Long.class)
            .setParameter("a", patientId)
            .setParameter("t", draft.getToken())
            .getSingleResult();
    if (seen > 0) {
      throw new DuplicateKnowledgeCheckException();
    }
    KnowledgeCheck k =
        new KnowledgeCheck(patientId, draft.getToken(), draft.parsed(), Instant.now());
    em.persist(k);
    em.flush();
    return k;
  }

  /** The patient's own attempts and gain. */
  @Guarded(Role.PATIENT)
  @Transactional(Transactional.TxType.SUPPORTS)
  public KnowledgeGain mine(@Self long patientId) {
    return new KnowledgeGain(read(patientId));
  }

  /** Whether the dashboard offers the check now (before the first module, after the last). */
  @Guarded(Role.PATIENT)
  @Transactional(Transactional.TxType.SUPPORTS)
  public KnowledgeOffer offer(@Self long patientId) {
    Object[] done =
        em.createQuery(
                "select count(c), max(c.completedAt) from ModuleCompletion c"
                    + " where c.key.accountId = :a",
                Object[].class)
            .setParameter("a", patientId)
            .getSingleResult();
    List<Instant> latest =
        em.createQuery(
                "select max(k.takenAt) from KnowledgeCheck k where k.accountId = :a", Instant.class)
            .setParameter("a", patientId)
            .getResultList();
    return KnowledgeOffer.of(
        ((Number) done[0]).intValue(),
        lessons.modules().size(),
        (Instant) done[1],
        latest.isEmpty() ? null : latest.get(0));
  }

  /** Every attempt of an account, oldest first, for "export my data" (any role's own). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<KnowledgeCheck> exportOf(@Self long accountId) {
    return read(accountId);
  }

  /**
   * A patient's attempts and gain as {@code viewerId} may see them: their own, or a patient who
   * shares the knowledge check with them. Anyone else: "not found".
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public KnowledgeGain of(@Self long viewerId, long patientId) throws KnowledgeNotFoundException {
    requireAccess(viewerId, patientId);
    return new KnowledgeGain(read(patientId));
  }

  /**
   * One page of a patient's attempts, oldest first, under the same rule as {@link #of}: the first
   * {@code size} when {@code after} is null, else the {@code size} that follow {@code after} (an
   * attempt of the previous page). The share is checked again for each page.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<KnowledgeCheck> pageOf(
      @Self long viewerId, long patientId, KnowledgeCheck after, int size)
      throws KnowledgeNotFoundException {
    requireAccess(viewerId, patientId);
    jakarta.persistence.TypedQuery<KnowledgeCheck> page =
        after == null
            ? em.createNamedQuery("KnowledgeCheck.findByAccount", KnowledgeCheck.class)
            : em.createNamedQuery("KnowledgeCheck.findByAccountAfter", KnowledgeCheck.class)
                .setParameter("t", after.getTakenAt())
                .setParameter("id", after.getId());
    return page.setParameter("a", patientId).setMaxResults(size).getResultList();
  }

  private void requireAccess(long viewerId, long patientId) throws KnowledgeNotFoundException {
    if (viewerId != patientId
        && access.stream().noneMatch(a -> a.mayReadKnowledge(viewerId, patientId))) {
      throw new KnowledgeNotFoundException();
    }
  }

  private List<KnowledgeCheck> read(long accountId) {
    return em.createNamedQuery("KnowledgeCheck.findByAccount", KnowledgeCheck.class)
        .setParameter("a", accountId)
        .getResultList();
  }
}
