package org.painwise.clinic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.List;
import org.painwise.account.Guarded;
import org.painwise.account.Role;
import org.painwise.account.Self;
import org.painwise.lesson.Module;

/**
 * "Discussed in session" marks: only a client's own linked therapist marks a module (anyone else:
 * "not found"); the client reads the marks and notes on their dashboard.
 */
@ApplicationScoped
@Transactional
@Guarded
public class DiscussedService {

  @PersistenceContext private EntityManager em;
  @Inject private CareService care;
  @Inject private Validator validator;

  /**
   * Marks a module as discussed with a client, with an optional note for them; marking it again
   * replaces the note.
   *
   * @throws NotYourClientException when the patient is not this therapist's linked client, or the
   *     module does not exist
   * @throws ConstraintViolationException when the note is too long
   */
  @Guarded(Role.THERAPIST)
  public DiscussedMark mark(@Self long therapistId, long patientId, long moduleId, String note)
      throws NotYourClientException {
    care.requireClient(therapistId, patientId);
    Module module = em.find(Module.class, moduleId);
    if (module == null) {
      throw new NotYourClientException();
    }
    List<DiscussedMark> existing =
        em.createNamedQuery("DiscussedMark.findOne", DiscussedMark.class)
            .setParameter("t", therapistId)
            .setParameter("p", patientId)
            .setParameter("m", moduleId)
            .getResultList();
    return SessionMark.save(
        em,
        validator,
        existing,
        note,
        (text, at) -> new DiscussedMark(therapistId, patientId, module, text, at));
  }

  /** The marks this therapist made for a client, newest first; "not found" for anyone else. */
  @Guarded(Role.THERAPIST)
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<DiscussedMark> forClient(@Self long therapistId, long patientId)
      throws NotYourClientException {
    care.requireClient(therapistId, patientId);
    return read(patientId).stream().filter(m -> m.getTherapistId() == therapistId).toList();
  }

  /** The patient's own marks, newest first. */
  @Guarded(Role.PATIENT)
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<DiscussedMark> mine(@Self long patientId) {
    return read(patientId);
  }

  /** The marks about an account, for "export my data" (any role's own). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<DiscussedMark> exportOf(@Self long accountId) {
    return read(accountId);
  }

  private List<DiscussedMark> read(long patientId) {
    return em.createNamedQuery("DiscussedMark.findByPatient", DiscussedMark.class)
        .setParameter("p", patientId)
        .getResultList();
  }
}
