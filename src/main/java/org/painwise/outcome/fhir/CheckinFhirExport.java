package org.painwise.outcome.fhir;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.painwise.account.Guarded;
import org.painwise.account.Role;
import org.painwise.account.Self;
import org.painwise.outcome.Checkin;
import org.painwise.outcome.CheckinService;
import org.painwise.outcome.CheckinsNotFoundException;
import org.painwise.outcome.KnowledgeCheck;
import org.painwise.outcome.KnowledgeNotFoundException;
import org.painwise.outcome.KnowledgeService;

/**
 * Check-ins and knowledge checks as a FHIR R4 Bundle: a patient downloads their own; a therapist
 * downloads each kind of a client's only while the client shares that kind with them (the rules of
 * {@link CheckinService#pageOf} and {@link KnowledgeService#pageOf}, checked separately), and gets
 * "not found" when the client shares neither.
 *
 * <p>Every record is in the Bundle, however many there are: they are read {@link #PAGE} at a time
 * while the Bundle is written, each page under the same rule, so a share withdrawn during the
 * download stops it ({@link SharingEndedException}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
@Guarded
public class CheckinFhirExport {

  /** How many check-ins (or knowledge checks) are read at once. */
  static final int PAGE = 200;

  @Inject private CheckinService checkins;
  @Inject private KnowledgeService knowledge;

  /** Every check-in and knowledge check of the signed-in patient. */
  @Guarded(Role.PATIENT)
  public FhirBundle mine(@Self long patientId, Locale locale) {
    return ownOf(patientId, locale);
  }

  /**
   * Every check-in and knowledge check of an account, for its own data export (any role's own: a
   * therapist's holds the Questionnaires alone).
   */
  public FhirBundle ownOf(@Self long accountId, Locale locale) {
    try {
      return new FhirBundle(
          CheckinFhir.in(locale),
          checkinsOf(accountId, accountId),
          knowledgeOf(accountId, accountId),
          Instant.now());
    } catch (CheckinsNotFoundException | KnowledgeNotFoundException e) {
      throw new IllegalStateException("an account's own records are always its to read", e);
    }
  }

  /**
   * Every check-in of a client if the client shares check-ins with this therapist now, and every
   * knowledge check if the client shares those; a kind not shared is left out, its Questionnaires
   * too.
   *
   * @throws CheckinsNotFoundException when the client shares neither kind with this therapist
   *     (never shared, withdrawn), is not their client or does not exist
   */
  @Guarded(Role.THERAPIST)
  public FhirBundle ofClient(@Self long therapistId, long patientId, Locale locale)
      throws CheckinsNotFoundException {
    Iterable<Checkin> shownCheckins;
    try {
      shownCheckins = checkinsOf(therapistId, patientId);
    } catch (CheckinsNotFoundException e) {
      shownCheckins = null;
    }
    Iterable<KnowledgeCheck> shownKnowledge;
    try {
      shownKnowledge = knowledgeOf(therapistId, patientId);
    } catch (KnowledgeNotFoundException e) {
      shownKnowledge = null;
    }
    if (shownCheckins == null && shownKnowledge == null) {
      throw new CheckinsNotFoundException();
    }
    return new FhirBundle(CheckinFhir.in(locale), shownCheckins, shownKnowledge, Instant.now());
  }

  /** The check-ins, read a page at a time; the first page now, which checks the share. */
  private Iterable<Checkin> checkinsOf(long viewerId, long patientId)
      throws CheckinsNotFoundException {
    List<Checkin> first = checkins.pageOf(viewerId, patientId, null, PAGE);
    return new Paged<>(
        first,
        PAGE,
        last -> {
          try {
            return checkins.pageOf(viewerId, patientId, last, PAGE);
          } catch (CheckinsNotFoundException e) {
            throw new SharingEndedException(e);
          }
        });
  }

  /** The knowledge checks, read a page at a time; the first page now, which checks the share. */
  private Iterable<KnowledgeCheck> knowledgeOf(long viewerId, long patientId)
      throws KnowledgeNotFoundException {
    List<KnowledgeCheck> first = knowledge.pageOf(viewerId, patientId, null, PAGE);
    return new Paged<>(
        first,
        PAGE,
        last -> {
          try {
            return knowledge.pageOf(viewerId, patientId, last, PAGE);
          } catch (KnowledgeNotFoundException e) {
            throw new SharingEndedException(e);
          }
        });
  }
}
