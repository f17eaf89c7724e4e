package org.painwise.outcome.fhir;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.painwise.account.Guarded;
import org.painwise.account.Role;
import org.painwise.account.Self;
import org.painwise.outcome.CheckinService;
import org.painwise.outcome.CheckinsNotFoundException;
import org.painwise.outcome.KnowledgeCheck;
import org.painwise.outcome.KnowledgeNotFoundException;
import org.painwise.outcome.KnowledgeService;

/**
 * Check-ins and knowledge checks as a FHIR R4 Bundle: a patient downloads their own; a therapist
 * downloads each kind of a client's only while the client shares that kind with them (the rules of
 * {@link CheckinService#of} and {@link KnowledgeService#of}, checked separately), and gets "not
 * found" when the client shares neither.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
@Guarded
public class CheckinFhirExport {

  @Inject private CheckinService checkins;
  @Inject private KnowledgeService knowledge;

  /** Every check-in and knowledge check of the signed-in patient. */
  @Guarded(Role.PATIENT)
  public JsonObject mine(@Self long patientId, Locale locale) {
    return CheckinFhir.in(locale)
        .bundle(checkins.exportOf(patientId), knowledge.exportOf(patientId), Instant.now());
  }

  /**
   * A client's check-ins (the newest {@link CheckinService#MAX_READ}) if the client shares
   * check-ins with this therapist now, and their knowledge checks if the client shares those; a
   * kind not shared is left out, its Questionnaires too.
   *
   * @throws CheckinsNotFoundException when the client shares neither kind with this therapist
   *     (never shared, withdrawn), is not their client or does not exist
   */
  @Guarded(Role.THERAPIST)
  public JsonObject ofClient(@Self long therapistId, long patientId, Locale locale)
      throws CheckinsNotFoundException {
    List<org.painwise.outcome.Checkin> shownCheckins;
    try {
      shownCheckins = checkins.of(therapistId, patientId);
    } catch (CheckinsNotFoundException e) {
      shownCheckins = null;
    }
    List<KnowledgeCheck> shownKnowledge;
    try {
      shownKnowledge = knowledge.of(therapistId, patientId).getChecks();
    } catch (KnowledgeNotFoundException e) {
      shownKnowledge = null;
    }
    if (shownCheckins == null && shownKnowledge == null) {
      throw new CheckinsNotFoundException();
    }
    return CheckinFhir.in(locale).bundle(shownCheckins, shownKnowledge, Instant.now());
  }
}
