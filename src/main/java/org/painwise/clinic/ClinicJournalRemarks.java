package org.painwise.clinic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.painwise.outcome.JournalRemarks;

/** The "discussed in session" marks on a patient's journal items, for their journal page. */
@ApplicationScoped
public class ClinicJournalRemarks implements JournalRemarks {

  @Inject private JournalDiscussedService discussed;

  @Override
  public List<Remark> remarksOn(long patientId) {
    return discussed.mine(patientId).stream()
        .map(m -> new Remark(m.getItemId(), m.getMarkedAt(), m.getNote()))
        .toList();
  }
}
