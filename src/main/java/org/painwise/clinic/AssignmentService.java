package org.painwise.clinic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.painwise.account.Guarded;
import org.painwise.account.Role;
import org.painwise.account.Self;
import org.painwise.lesson.Module;

/** Modules that therapists assign to their clients. Every call checks the link first. */
@ApplicationScoped
@Transactional
@Guarded(Role.THERAPIST)
public class AssignmentService {

  @PersistenceContext private EntityManager em;
  @Inject private CareService care;
  @Inject private NoticeService notices;
  @Inject private Validator validator;

  /**
   * Assigns every module to every client, with one due date and note. All or nothing: if any
   * patient is not this therapist's client, nothing is assigned.
   *
   * @throws ConstraintViolationException when the draft breaks its rules (a past due date, a note
   *     too long)
   */
  public int assign(
      @Self long therapistId,
      Collection<Long> patientIds,
      Collection<Long> moduleIds,
      AssignmentDraft draft)
      throws NotYourClientException {
    check(draft);
    for (long patientId : patientIds) {
      care.requireClient(therapistId, patientId);
    }
    int made = 0;
    for (long moduleId : moduleIds) {
      Module module = em.find(Module.class, moduleId);
      if (module == null) {
        throw new NotYourClientException();
      }
      for (long patientId : patientIds) {
        Assignment a =
            new Assignment(
                therapistId, patientId, module, draft.getDueOn(), draft.getNote(), Instant.now());
        em.persist(a);
        em.flush();
        notices.add(patientId, Notice.Kind.ASSIGNED, a.getId(), module.getTitle());
        made++;
      }
    }
    return made;
  }

  /**
   * Changes the due date and note of one of this therapist's assignments.
   *
   * @throws ConstraintViolationException when the draft breaks its rules
   */
  public Assignment edit(@Self long therapistId, long assignmentId, AssignmentDraft draft)
      throws NotYourClientException {
    check(draft);
    Assignment a = own(therapistId, assignmentId);
    a.setDueOn(draft.getDueOn());
    a.setNote(draft.getNote());
    return a;
  }

  public void withdraw(@Self long therapistId, long assignmentId) throws NotYourClientException {
    own(therapistId, assignmentId).withdraw(Instant.now());
  }

  /** A client's current assignments from this therapist. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Assignment> forClient(@Self long therapistId, long patientId)
      throws NotYourClientException {
    care.requireClient(therapistId, patientId);
    return em.createQuery(
            "select a from Assignment a join fetch a.module"
                + " where a.therapistId = :t and a.patientId = :p and a.withdrawnAt is null"
                + " order by a.dueOn",
            Assignment.class)
        .setParameter("t", therapistId)
        .setParameter("p", patientId)
        .getResultList();
  }

  /** A patient's own assignments, from the therapists they are linked to now. */
  @Guarded(Role.PATIENT)
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Assignment> forPatient(@Self long patientId) {
    return em.createQuery(
            "select a from Assignment a join fetch a.module"
                + " where a.patientId = :p and a.withdrawnAt is null and exists (select l.id"
                + " from CareLink l where l.therapistId = a.therapistId and l.patientId = a.patientId"
                + " and l.unlinkedAt is null) order by a.dueOn",
            Assignment.class)
        .setParameter("p", patientId)
        .getResultList();
  }

  private void check(AssignmentDraft draft) {
    Set<ConstraintViolation<AssignmentDraft>> violations = validator.validate(draft);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
  }

  private Assignment own(long therapistId, long assignmentId) throws NotYourClientException {
    Assignment a = em.find(Assignment.class, assignmentId);
    if (a == null
        || a.getTherapistId() != therapistId
        || a.getWithdrawnAt() != null
        || !care.isLinked(therapistId, a.getPatientId())) {
      throw new NotYourClientException();
    }
    return a;
  }
}
