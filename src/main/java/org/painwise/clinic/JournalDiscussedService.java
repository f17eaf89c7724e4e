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
import org.painwise.outcome.JournalItem;
import org.painwise.outcome.JournalNotFoundException;
import org.painwise.outcome.JournalService;

/**
 * "Discussed in session" marks on journal items: a therapist marks a client's item only while the
 * client is linked and shares the journal with them, and only an item of that client's journal the
 * therapist can see (the rule of {@link JournalService#of}); anything else answers "not found". The
 * client reads the marks and notes on their journal page.
 */
@ApplicationScoped
@Transactional
@Guarded
public class JournalDiscussedService {

  @PersistenceContext private EntityManager em;
  @Inject private JournalService journal;
  @Inject private Validator validator;

  /**
   * Marks a journal item as discussed with a client, with an optional note for them; marking it
   * again replaces the note.
   *
   * @throws NotYourClientException when the patient is not this therapist's linked client, does not
   *     share the journal with them (never, or withdrawn), or the item is not one of the client's
   *     journal items
   * @throws ConstraintViolationException when the note is too long
   */
  @Guarded(Role.THERAPIST)
  public JournalDiscussedMark mark(@Self long therapistId, long patientId, long itemId, String note)
      throws NotYourClientException {
    List<JournalItem> items;
    try {
      items = journal.of(therapistId, patientId);
    } catch (JournalNotFoundException e) {
      throw new NotYourClientException();
    }
    if (items.stream()
        .noneMatch(i -> i.getId() == itemId && i.getAccountId() == patientId && i.isActive())) {
      throw new NotYourClientException();
    }
    List<JournalDiscussedMark> existing =
        em.createNamedQuery("JournalDiscussedMark.findOne", JournalDiscussedMark.class)
            .setParameter("t", therapistId)
            .setParameter("i", itemId)
            .getResultList();
    return SessionMark.save(
        em,
        validator,
        existing,
        note,
        (text, at) -> new JournalDiscussedMark(therapistId, patientId, itemId, text, at));
  }

  /**
   * The marks this therapist made on a client's journal, newest first, while the client shares the
   * journal with them; "not found" otherwise.
   */
  @Guarded(Role.THERAPIST)
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<JournalDiscussedMark> forClient(@Self long therapistId, long patientId)
      throws NotYourClientException {
    try {
      journal.of(therapistId, patientId);
    } catch (JournalNotFoundException e) {
      throw new NotYourClientException();
    }
    return read(patientId).stream().filter(m -> m.getTherapistId() == therapistId).toList();
  }

  /** The marks on the patient's own journal items, newest first. */
  @Guarded(Role.PATIENT)
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<JournalDiscussedMark> mine(@Self long patientId) {
    return read(patientId);
  }

  /** The marks on an account's journal items, for "export my data" (any role's own). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<JournalDiscussedMark> exportOf(@Self long accountId) {
    return read(accountId);
  }

  private List<JournalDiscussedMark> read(long patientId) {
    return em.createNamedQuery("JournalDiscussedMark.findByPatient", JournalDiscussedMark.class)
        .setParameter("p", patientId)
        .getResultList();
  }
}
