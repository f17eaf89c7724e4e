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

/**
 * The danger and safety journal: a patient adds and removes their own items and reads their
 * journal; anyone else reads it only when a {@link JournalAccess} says so (a therapist the patient
 * shares it with), and otherwise gets "not found".
 */
@ApplicationScoped
@Transactional
@Guarded
public class JournalService {

  @PersistenceContext private EntityManager em;
  @Inject private Validator validator;
  @Inject private Instance<JournalAccess> access;

  /**
   * Adds an item, time-stamped now, its text trimmed.
   *
   * @throws ConstraintViolationException when the side, category or text is missing or too long
   * @throws DuplicateJournalItemException when this form (its token) added its item already
   */
  @Guarded(Role.PATIENT)
  public JournalItem add(@Self long patientId, JournalDraft draft)
      throws DuplicateJournalItemException {
    Set<ConstraintViolation<JournalDraft>> violations = validator.validate(draft);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    if (draft.getToken() != null
        && em.createQuery(
                    "select count(i) from JournalItem i where i.accountId = :a and i.token = :t",
                    Long.class)
                .setParameter("a", patientId)
                .setParameter("t", draft.getToken())
                .getSingleResult()
            > 0) {
      throw new DuplicateJournalItemException();
    }
    JournalItem item =
        new JournalItem(
                patientId,
                draft.getSide(),
                draft.getCategory(),
                draft.getText().strip(),
                Instant.now())
            .withToken(draft.getToken());
    em.persist(item);
    em.flush();
    return item;
  }

  /**
   * Removes one of the patient's items from the journal (it still counts in the weeks it was in).
   *
   * @throws JournalNotFoundException when it is not the patient's, or already removed
   */
  @Guarded(Role.PATIENT)
  public void remove(@Self long patientId, long itemId) throws JournalNotFoundException {
    JournalItem item = em.find(JournalItem.class, itemId);
    if (item == null || item.getAccountId() != patientId || !item.isActive()) {
      throw new JournalNotFoundException();
    }
    item.remove(Instant.now());
  }

  /** Every item of the patient's own journal, removed ones too, oldest first. */
  @Guarded(Role.PATIENT)
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<JournalItem> mine(@Self long patientId) {
    return read(patientId);
  }

  /**
   * Every item of a patient's journal (removed ones too, oldest first) as {@code viewerId} may see
   * it: their own, or a patient who shares the journal with them. Anyone else: "not found".
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<JournalItem> of(@Self long viewerId, long patientId) throws JournalNotFoundException {
    if (viewerId != patientId
        && access.stream().noneMatch(a -> a.mayReadJournal(viewerId, patientId))) {
      throw new JournalNotFoundException();
    }
    return read(patientId);
  }

  /** Every item of an account, oldest first, for "export my data" (any role's own). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<JournalItem> exportOf(@Self long accountId) {
    return read(accountId);
  }

  private List<JournalItem> read(long accountId) {
    return em.createNamedQuery("JournalItem.findByAccount", JournalItem.class)
        .setParameter("a", accountId)
        .getResultList();
  }
}
