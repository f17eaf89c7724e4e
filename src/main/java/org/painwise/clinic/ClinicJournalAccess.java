package org.painwise.clinic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.painwise.outcome.JournalAccess;

/**
 * A therapist reads a patient's danger and safety journal only while linked and while the patient
 * shares it.
 */
@ApplicationScoped
public class ClinicJournalAccess implements JournalAccess {

  @Inject private ShareService shares;

  @Override
  public boolean mayReadJournal(long viewerId, long patientId) {
    return shares.isShared(viewerId, patientId, ShareKind.JOURNAL);
  }
}
