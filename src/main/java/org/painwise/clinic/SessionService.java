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
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.painwise.account.Guarded;
import org.painwise.account.Role;
import org.painwise.account.Self;

/**
 * Notes before and after a session with a touch therapist: the patient writes and reads their own;
 * a therapist reads them only while linked and while the patient shares {@link ShareKind#SESSIONS}
 * with them (see {@link ClientOutcomes#sessions}).
 */
@ApplicationScoped
@Transactional
@Guarded
public class SessionService {

  @PersistenceContext private EntityManager em;
  @Inject private Validator validator;
  @Inject private ShareService shares;

  /**
   * Saves a note, dated now.
   *
   * @throws ConstraintViolationException when the scale is missing or outside 0–10, or the words
   *     are too long
   */
  @Guarded(Role.PATIENT)
  public SessionNote write(@Self long patientId, SessionDraft draft) {
    Set<ConstraintViolation<SessionDraft>> violations = validator.validate(draft);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    String words = draft.getWords() == null || draft.getWords().isBlank() ? null : draft.getWords();
    SessionNote n =
        new SessionNote(patientId, draft.getStage(), draft.getScale(), words, Instant.now());
    em.persist(n);
    return n;
  }

  /** The patient's own notes, newest first. */
  @Guarded(Role.PATIENT)
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<SessionNote> mine(@Self long patientId) {
    return newestFirst(patientId);
  }

  /** Every note of an account, oldest first, for "export my data" (any role's own). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<SessionNote> exportOf(@Self long accountId) {
    return em.createNamedQuery("SessionNote.findByPatient", SessionNote.class)
        .setParameter("p", accountId)
        .getResultList();
  }

  /** For the clinic: a client's notes, newest first, once the caller's sharing was checked. */
  @Transactional(Transactional.TxType.SUPPORTS)
  Optional<List<SessionNote>> sharedWith(long therapistId, long patientId) {
    return shares.isShared(therapistId, patientId, ShareKind.SESSIONS)
        ? Optional.of(newestFirst(patientId))
        : Optional.empty();
  }

  private List<SessionNote> newestFirst(long patientId) {
    return em.createQuery(
            "select n from SessionNote n where n.patientId = :p order by n.writtenAt desc, n.id desc",
            SessionNote.class)
        .setParameter("p", patientId)
        .getResultList();
  }
}
