package org.painwise.clinic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.painwise.outcome.BoosterAccess;

/**
 * A therapist reads a patient's booster results only while linked and while the patient shares
 * them.
 */
@ApplicationScoped
public class ClinicBoosterAccess implements BoosterAccess {

  @Inject private ShareService shares;

  @Override
  public boolean mayReadBoosters(long viewerId, long patientId) {
    return shares.isShared(viewerId, patientId, ShareKind.BOOSTERS);
  }
}
