package org.painwise.clinic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.painwise.account.LearnerAccess;

/** A therapist may see the learning data of their own linked clients, and nobody else's. */
@ApplicationScoped
public class ClinicLearnerAccess implements LearnerAccess {

  @Inject private CareService care;

  @Override
  public boolean maySee(long viewerId, long learnerId) {
    return care.isLinked(viewerId, learnerId);
  }
}
