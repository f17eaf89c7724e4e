package org.painwise.outcome.fhir;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Locale;
import org.painwise.account.Guarded;
import org.painwise.account.Role;
import org.painwise.account.Self;
import org.painwise.outcome.CheckinService;
import org.painwise.outcome.CheckinsNotFoundException;

/**
 * Check-ins as a FHIR R4 Bundle: a patient downloads their own; a therapist downloads a client's
 * only while the client shares check-ins with them (the rule of {@link CheckinService#of}), and
 * anyone else gets "not found".
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
@Guarded
public class CheckinFhirExport {

  @Inject private CheckinService checkins;

  /** Every check-in of the signed-in patient. */
  @Guarded(Role.PATIENT)
  public JsonObject mine(@Self long patientId, Locale locale) {
    return CheckinFhir.in(locale).bundle(checkins.exportOf(patientId), Instant.now());
  }

  /**
   * A client's check-ins (the newest {@link CheckinService#MAX_READ}), for a therapist the client
   * shares check-ins with now.
   *
   * @throws CheckinsNotFoundException when the client does not share check-ins with this therapist,
   *     withdrew the share, is not their client or does not exist
   */
  @Guarded(Role.THERAPIST)
  public JsonObject ofClient(@Self long therapistId, long patientId, Locale locale)
      throws CheckinsNotFoundException {
    return CheckinFhir.in(locale).bundle(checkins.of(therapistId, patientId), Instant.now());
  }
}
