package org.painwise.clinic.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.painwise.account.SignedInUser;
import org.painwise.clinic.CareService;
import org.painwise.clinic.Invitation;
import org.painwise.clinic.NotYourClientException;
import org.painwise.config.PublicBaseUrl;

/** therapist/invitations.xhtml: make a code and link, list and revoke them. */
@Named
@RequestScoped
public class InvitationsBacking {

  @Inject private CareService care;
  @Inject private SignedInUser user;

  @NotNull
  @Min(1)
  @Max(Invitation.MAX_DAYS)
  private Integer days = Invitation.DEFAULT_DAYS;

  private Invitation created;
  private List<Invitation> invitations;

  @PostConstruct
  void load() {
    invitations = care.invitations(user.requireId());
  }

  public void invite() {
    created = care.invite(user.requireId(), days);
    invitations = care.invitations(user.requireId());
    Messages.addGlobalInfo("therapist_invitations.message.info.created");
  }

  public void revoke(long invitationId) {
    try {
      care.revoke(user.requireId(), invitationId);
      Messages.addGlobalInfo("therapist_invitations.message.info.revoked");
    } catch (NotYourClientException e) {
      Messages.addGlobalError("error_404.heading");
    }
    invitations = care.invitations(user.requireId());
  }

  /**
   * The link a client opens to sign up (or sign in) with the code: on the configured public base
   * URL, never on the request's Host header.
   */
  public String link(Invitation invitation) {
    return PublicBaseUrl.configured()
        .of(Faces.getRequestContextPath(), "/signup?invite=" + invitation.getCode());
  }

  public String status(Invitation invitation) {
    return invitation.status(Instant.now()).name();
  }

  public Integer getDays() {
    return days;
  }

  public void setDays(Integer days) {
    this.days = days;
  }

  public Invitation getCreated() {
    return created;
  }

  public List<Invitation> getInvitations() {
    return invitations;
  }
}
