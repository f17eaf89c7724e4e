package org.painwise.outcome;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
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
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.painwise.account.Guarded;
import org.painwise.account.Role;
import org.painwise.account.Self;
import org.painwise.config.Metrics;

/**
 * Check-ins: a patient records and reads their own; anyone else reads them only when a {@link
 * CheckinAccess} says so (a therapist the patient shares check-ins with), and otherwise gets "not
 * found". A check-in with a red flag raises {@link RedFlagRaised}.
 */
@ApplicationScoped
@Transactional
@Guarded
public class CheckinService {

  private static final Logger LOG = Logger.getLogger(CheckinService.class.getName());

  /** The most check-ins a chart or an export reads at once (about a year at three a day). */
  public static final int MAX_READ = 1200;

  @PersistenceContext private EntityManager em;
  @Inject private Validator validator;
  @Inject private Metrics metrics;
  @Inject private Event<RedFlagRaised> redFlags;
  @Inject private Instance<CheckinAccess> access;

  /**
   * Saves a check-in, time-stamped now. A red flag is logged (the check-in's id, never its content)
   * and raised as an event in this transaction.
   *
   * @throws ConstraintViolationException when a measure is missing or outside 0-10
   * @throws DuplicateCheckinException when this form (its token) was saved already
   */
  @Guarded(Role.PATIENT)
  public Checkin record(@Self long patientId, CheckinDraft draft) throws DuplicateCheckinException {
    Set<ConstraintViolation<CheckinDraft>> violations = validator.validate(draft);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    long seen =
        em.createNamedQuery("Checkin.countByToken", Long.class)
            .setParameter("a", patientId)
            .setParameter("t", draft.getToken())
            .getSingleResult();
    if (seen > 0) {
      throw new DuplicateCheckinException();
    }
    Checkin c = new Checkin(patientId, draft, Instant.now());
    em.persist(c);
    CheckinSummary summary = em.find(CheckinSummary.class, patientId);
    if (summary == null) {
      em.persist(new CheckinSummary(c));
    } else {
      summary.add(c);
    }
    em.flush();
    metrics.count(Metrics.CHECKINS);
    if (c.isFlagged()) {
      LOG.warning(() -> "Red flag in check-in " + c.getId() + " of account " + patientId);
      redFlags.fire(new RedFlagRaised(patientId, c.getId(), c.getFlags(), c.getTakenAt()));
    }
    return c;
  }

  /** The patient's own check-ins, oldest first. */
  @Guarded(Role.PATIENT)
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Checkin> mine(@Self long patientId) {
    return read(patientId);
  }

  /** Every check-in of an account, oldest first, for "export my data" (any role's own). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Checkin> exportOf(@Self long accountId) {
    return em.createNamedQuery("Checkin.findByAccount", Checkin.class)
        .setParameter("a", accountId)
        .getResultList();
  }

  /**
   * A patient's check-ins as {@code viewerId} may see them: their own, or a patient who shares
   * check-ins with them. Anyone else: "not found".
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Checkin> of(@Self long viewerId, long patientId) throws CheckinsNotFoundException {
    requireAccess(viewerId, patientId);
    return read(patientId);
  }

  /**
   * One page of a patient's check-ins, oldest first, under the same rule as {@link #of}: the first
   * {@code size} when {@code after} is null, else the {@code size} that follow {@code after} (a
   * check-in of the previous page). Read page by page, every check-in is read, however many there
   * are, and the share is checked again for each page.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Checkin> pageOf(@Self long viewerId, long patientId, Checkin after, int size)
      throws CheckinsNotFoundException {
    requireAccess(viewerId, patientId);
    jakarta.persistence.TypedQuery<Checkin> page =
        after == null
            ? em.createNamedQuery("Checkin.findByAccount", Checkin.class)
            : em.createNamedQuery("Checkin.findByAccountAfter", Checkin.class)
                .setParameter("t", after.getTakenAt())
                .setParameter("id", after.getId());
    return page.setParameter("a", patientId).setMaxResults(size).getResultList();
  }

  /** The baseline and latest values of a patient, under the same rule as {@link #of}. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<CheckinSummary> summary(@Self long viewerId, long patientId)
      throws CheckinsNotFoundException {
    requireAccess(viewerId, patientId);
    return Optional.ofNullable(em.find(CheckinSummary.class, patientId));
  }

  private void requireAccess(long viewerId, long patientId) throws CheckinsNotFoundException {
    if (viewerId == patientId) {
      return;
    }
    for (CheckinAccess a : access) {
      if (a.mayReadCheckins(viewerId, patientId)) {
        return;
      }
    }
    throw new CheckinsNotFoundException();
  }

  private List<Checkin> read(long patientId) {
    List<Checkin> newest =
        em.createQuery(
                "select c from Checkin c where c.accountId = :a order by c.takenAt desc, c.id desc",
                Checkin.class)
            .setParameter("a", patientId)
            .setMaxResults(MAX_READ)
            .getResultList();
    List<Checkin> oldestFirst = new java.util.ArrayList<>(newest);
    java.util.Collections.reverse(oldestFirst);
    return oldestFirst;
  }
}
