package org.painwise.clinic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.painwise.outcome.CheckinAccess;

/** A therapist reads a patient's check-ins only while linked and while the patient shares them. */
@ApplicationScoped
public class ClinicCheckinAccess implements CheckinAccess {

  @Inject private ShareService shares;

  @Override
  public boolean mayReadCheckins(long viewerId, long patientId) {
    return shares.isShared(viewerId, patientId, ShareKind.CHECKINS);
  }
}
