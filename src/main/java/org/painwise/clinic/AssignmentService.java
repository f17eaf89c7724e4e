package org.painwise.clinic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.painwise.account.Account;
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
   * Assigns every module to every client, with one due date and note. All or nothing if any patient
   * is not this therapist's client: nothing is assigned. A module that this therapist already
   * assigned to a client and that is still open (not withdrawn, and the client has not completed
   * the module) is not assigned again: it is skipped, and the result names it.
   *
   * @throws ConstraintViolationException when the draft breaks its rules (a past due date, a note
   *     too long)
   */
  public AssignmentResult assign(
      @Self long therapistId,
      Collection<Long> patientIds,
      Collection<Long> moduleIds,
      AssignmentDraft draft)
      throws NotYourClientException {
    check(draft);
    Map<Long, Account> clients = new LinkedHashMap<>();
    for (long patientId : patientIds) {
      clients.put(patientId, care.requireClient(therapistId, patientId));
    }
    List<Module> modules = new ArrayList<>();
    for (long moduleId : moduleIds) {
      Module module = em.find(Module.class, moduleId);
      if (module == null) {
        throw new NotYourClientException();
      }
      modules.add(module);
    }
    lockLinks(therapistId, clients.keySet());
    Set<List<Long>> open = openAssignments(therapistId, clients.keySet());
    int made = 0;
    List<AssignmentResult.Skipped> skipped = new ArrayList<>();
    for (Module module : modules) {
      for (Account client : clients.values()) {
        long patientId = client.getId();
        if (!open.add(List.of(patientId, module.getId()))) {
          skipped.add(
              new AssignmentResult.Skipped(
                  patientId, client.getDisplayName(), module.getId(), module.getTitle()));
          continue;
        }
        Assignment a =
            new Assignment(
                therapistId, patientId, module, draft.getDueOn(), draft.getNote(), Instant.now());
        em.persist(a);
        em.flush();
        notices.add(patientId, Notice.Kind.ASSIGNED, a.getId(), module.getTitle());
        made++;
      }
    }
    return new AssignmentResult(made, skipped);
  }

  /**
   * Locks this therapist's links to these clients until the transaction ends, so that two assigns
   * of the same module to the same client at the same moment run one after the other, and the
   * second sees the first's assignment as open.
   */
  private void lockLinks(long therapistId, Collection<Long> patientIds) {
    if (patientIds.isEmpty()) {
      return;
    }
    em.createQuery(
            "select l from CareLink l where l.therapistId = :t and l.patientId in :p"
                + " and l.unlinkedAt is null order by l.id",
            CareLink.class)
        .setParameter("t", therapistId)
        .setParameter("p", patientIds)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  /**
   * The (patient id, module id) pairs of this therapist's open assignments to these clients: not
   * withdrawn, and the module not completed by the client.
   */
  private Set<List<Long>> openAssignments(long therapistId, Collection<Long> patientIds) {
    if (patientIds.isEmpty()) {
      return new HashSet<>();
    }
    Set<List<Long>> open = new HashSet<>();
    em.createQuery(
            "select a.patientId, a.module.id from Assignment a where a.therapistId = :t"
                + " and a.patientId in :p and a.withdrawnAt is null and not exists (select c"
                + " from ModuleCompletion c where c.key.accountId = a.patientId"
                + " and c.key.moduleId = a.module.id)",
            Object[].class)
        .setParameter("t", therapistId)
        .setParameter("p", patientIds)
        .getResultList()
        .forEach(r -> open.add(List.of((Long) r[0], (Long) r[1])));
    return open;
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
