package org.painwise.clinic.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.omnifaces.util.Messages;
import org.painwise.account.Account;
import org.painwise.account.SignedInUser;
import org.painwise.clinic.CareService;
import org.painwise.clinic.InvitationException;

/** patient/therapists.xhtml: link to a therapist with a code, see and end links. */
@Named
@RequestScoped
public class MyTherapistsBacking {

  @Inject private CareService care;
  @Inject private SignedInUser user;

  @NotBlank
  @Size(max = 40)
  private String code;

  private List<Account> therapists;

  @PostConstruct
  void load() {
    therapists = care.therapistsOf(user.requireId());
  }

  public void link() {
    try {
      Account therapist = care.redeem(user.requireId(), code);
      Messages.addGlobalInfo("patient_therapists.message.info.linked", therapist.getDisplayName());
      code = null;
    } catch (InvitationException e) {
      Messages.addError("link:code", "invitation.message.error." + e.reason().name());
    }
    therapists = care.therapistsOf(user.requireId());
  }

  public void unlink(long therapistId) {
    care.unlink(user.requireId(), therapistId);
    Messages.addGlobalInfo("patient_therapists.message.info.unlinked");
    therapists = care.therapistsOf(user.requireId());
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
