package org.painwise.clinic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.painwise.outcome.KnowledgeAccess;

/**
 * A therapist reads a patient's knowledge checks only while linked and while the patient shares
 * them.
 */
@ApplicationScoped
public class ClinicKnowledgeAccess implements KnowledgeAccess {

  @Inject private ShareService shares;

  @Override
  public boolean mayReadKnowledge(long viewerId, long patientId) {
    return shares.isShared(viewerId, patientId, ShareKind.KNOWLEDGE);
  }
}
