package org.painwise.clinic.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.omnifaces.util.Messages;
import org.painwise.account.Account;
import org.painwise.account.SignedInUser;
import org.painwise.clinic.CareService;
import org.painwise.clinic.InvitationException;
import org.painwise.clinic.NotYourClientException;
import org.painwise.clinic.ShareKind;
import org.painwise.clinic.ShareService;

/** patient/therapists.xhtml: link to a therapist with a code, see and end links. */
@Named
@RequestScoped
public class MyTherapistsBacking {

  @Inject private CareService care;
  @Inject private SignedInUser user;
  @Inject private ShareService shares;

  @NotBlank
  @Size(max = 40)
  private String code;

  private List<Account> therapists;
  private final Map<ShareKind, Set<Long>> sharing = new EnumMap<>(ShareKind.class);

  @PostConstruct
  void load() {
    therapists = care.therapistsOf(user.requireId());
    for (ShareKind kind : ShareKind.values()) {
      sharing.put(kind, shares.sharedWith(user.requireId(), kind));
    }
  }

  /**
   * Shares one kind of the patient's outcomes (check-ins, journal, ...) with a linked therapist.
   */
  public void share(long therapistId, ShareKind kind) {
    try {
      shares.share(user.requireId(), therapistId, kind);
      Messages.addGlobalInfo("patient_therapists.message.info.shared" + suffix(kind));
    } catch (NotYourClientException e) {
      Messages.addGlobalError("patient_therapists.message.error.notLinked");
    }
    load();
  }

  /** Stops sharing one kind with one therapist, from now on: they no longer see it at once. */
  public void withdraw(long therapistId, ShareKind kind) {
    shares.withdraw(user.requireId(), therapistId, kind);
    Messages.addGlobalInfo("patient_therapists.message.info.withdrawn" + suffix(kind));
    load();
  }

  public boolean isSharing(long therapistId, ShareKind kind) {
    return sharing.get(kind).contains(therapistId);
  }

  /** The end of the message keys of each kind ("shared", "sharedJournal", ...). */
  private static String suffix(ShareKind kind) {
    return switch (kind) {
      case CHECKINS -> "";
      case KNOWLEDGE -> "Knowledge";
      case SESSIONS -> "Sessions";
      case JOURNAL -> "Journal";
      case BOOSTERS -> "Boosters";
    };
  }

  public void link() {
    try {
      Account therapist = care.redeem(user.requireId(), code);
      Messages.addGlobalInfo("patient_therapists.message.info.linked", therapist.getDisplayName());
      code = null;
    } catch (InvitationException e) {
      Messages.addError("link:code", "invitation.message.error." + e.reason().name());
    }
    load();
  }

  public void unlink(long therapistId) {
    care.unlink(user.requireId(), therapistId);
    Messages.addGlobalInfo("patient_therapists.message.info.unlinked");
    load();
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public List<Account> getTherapists() {
    return therapists;
  }
}
