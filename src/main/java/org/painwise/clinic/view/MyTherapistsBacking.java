package org.painwise.clinic.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
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
  private Set<Long> sharingCheckins;
  private Set<Long> sharingKnowledge;
  private Set<Long> sharingSessions;
  private Set<Long> sharingJournal;
  private Set<Long> sharingBoosters;

  @PostConstruct
  void load() {
    therapists = care.therapistsOf(user.requireId());
    sharingCheckins = shares.sharedWith(user.requireId(), ShareKind.CHECKINS);
    sharingKnowledge = shares.sharedWith(user.requireId(), ShareKind.KNOWLEDGE);
    sharingSessions = shares.sharedWith(user.requireId(), ShareKind.SESSIONS);
    sharingJournal = shares.sharedWith(user.requireId(), ShareKind.JOURNAL);
    sharingBoosters = shares.sharedWith(user.requireId(), ShareKind.BOOSTERS);
  }

  /** Shares the patient's danger and safety journal (and its balance) with one linked therapist. */
  public void shareJournal(long therapistId) {
    try {
      shares.share(user.requireId(), therapistId, ShareKind.JOURNAL);
      Messages.addGlobalInfo("patient_therapists.message.info.sharedJournal");
    } catch (NotYourClientException e) {
      Messages.addGlobalError("patient_therapists.message.error.notLinked");
    }
    load();
  }

  /** Shares the patient's booster results with one linked therapist. */
  public void shareBoosters(long therapistId) {
    try {
      shares.share(user.requireId(), therapistId, ShareKind.BOOSTERS);
      Messages.addGlobalInfo("patient_therapists.message.info.sharedBoosters");
    } catch (NotYourClientException e) {
      Messages.addGlobalError("patient_therapists.message.error.notLinked");
    }
    load();
  }

  /** Stops sharing the journal with one therapist, from now on. */
  public void withdrawJournal(long therapistId) {
    shares.withdraw(user.requireId(), therapistId, ShareKind.JOURNAL);
    Messages.addGlobalInfo("patient_therapists.message.info.withdrawnJournal");
    load();
  }

  public boolean isSharingJournal(long therapistId) {
    return sharingJournal.contains(therapistId);
  }

  /** Stops sharing booster results with one therapist, from now on. */
  public void withdrawBoosters(long therapistId) {
    shares.withdraw(user.requireId(), therapistId, ShareKind.BOOSTERS);
    Messages.addGlobalInfo("patient_therapists.message.info.withdrawnBoosters");
    load();
  }

  public boolean isSharingBoosters(long therapistId) {
    return sharingBoosters.contains(therapistId);
  }

  /** Shares the patient's knowledge checks (and their gain) with one linked therapist. */
  public void shareKnowledge(long therapistId) {
    try {
      shares.share(user.requireId(), therapistId, ShareKind.KNOWLEDGE);
      Messages.addGlobalInfo("patient_therapists.message.info.sharedKnowledge");
    } catch (NotYourClientException e) {
      Messages.addGlobalError("patient_therapists.message.error.notLinked");
    }
    load();
  }

  /** Stops sharing knowledge checks with one therapist, from now on. */
  public void withdrawKnowledge(long therapistId) {
    shares.withdraw(user.requireId(), therapistId, ShareKind.KNOWLEDGE);
    Messages.addGlobalInfo("patient_therapists.message.info.withdrawnKnowledge");
    load();
  }

  public boolean isSharingKnowledge(long therapistId) {
    return sharingKnowledge.contains(therapistId);
  }

  /** Shares the patient's notes before and after sessions with one linked therapist. */
  public void shareSessions(long therapistId) {
    try {
      shares.share(user.requireId(), therapistId, ShareKind.SESSIONS);
      Messages.addGlobalInfo("patient_therapists.message.info.sharedSessions");
    } catch (NotYourClientException e) {
      Messages.addGlobalError("patient_therapists.message.error.notLinked");
    }
    load();
  }

  /** Stops sharing session notes with one therapist, from now on. */
  public void withdrawSessions(long therapistId) {
    shares.withdraw(user.requireId(), therapistId, ShareKind.SESSIONS);
    Messages.addGlobalInfo("patient_therapists.message.info.withdrawnSessions");
    load();
  }

  public boolean isSharingSessions(long therapistId) {
    return sharingSessions.contains(therapistId);
  }

  /** Shares the patient's check-ins (and their red flags) with one linked therapist. */
  public void shareCheckins(long therapistId) {
    try {
      shares.share(user.requireId(), therapistId, ShareKind.CHECKINS);
      Messages.addGlobalInfo("patient_therapists.message.info.shared");
    } catch (NotYourClientException e) {
      Messages.addGlobalError("patient_therapists.message.error.notLinked");
    }
    load();
  }

  /** Stops sharing check-ins with one therapist: they no longer see them, from now on. */
  public void withdrawCheckins(long therapistId) {
    shares.withdraw(user.requireId(), therapistId, ShareKind.CHECKINS);
    Messages.addGlobalInfo("patient_therapists.message.info.withdrawn");
    load();
  }

  public boolean isSharingCheckins(long therapistId) {
    return sharingCheckins.contains(therapistId);
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
