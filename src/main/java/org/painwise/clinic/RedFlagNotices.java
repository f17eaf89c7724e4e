package org.painwise.clinic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.painwise.account.AccountService;
import org.painwise.outcome.RedFlagRaised;

/**
 * A red flag in a check-in becomes a notice to each therapist the patient shares check-ins with
 * (and is linked to), in the check-in's transaction. The notice names the patient, never the
 * answers; the therapist reads those on the client page, while the share lasts.
 */
@ApplicationScoped
public class RedFlagNotices {

  @Inject private ShareService shares;
  @Inject private NoticeService notices;
  @Inject private AccountService accounts;

  void onRedFlag(@Observes RedFlagRaised raised) {
    String name = accounts.find(raised.patientId()).map(a -> a.getDisplayName()).orElse("");
    for (long therapistId : shares.linkedSharing(raised.patientId(), ShareKind.CHECKINS)) {
      notices.about(therapistId, raised.patientId(), Notice.Kind.RED_FLAG, name);
    }
  }
}
