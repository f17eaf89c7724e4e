package org.painwise.clinic.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import org.painwise.account.Account;
import org.painwise.account.EmailAlreadyUsedException;
import org.painwise.clinic.CareService;
import org.painwise.config.Messages;

/** signup.xhtml: a patient makes their own account. The field rules live on {@link Account}. */
@Named
@RequestScoped
public class SignupBacking {

  @Inject private CareService care;
  @Inject private FacesContext faces;

  /** An invitation code from the therapist's link, kept through the form as a view parameter. */
  private String invite;

  private final Account account = new Account();

  @NotBlank
  @Size(min = Account.PASSWORD_MIN, max = Account.PASSWORD_MAX)
  private String password;

  public void signUp() throws IOException {
    CareService.SignUp done;
    try {
      done = care.signUp(account.getEmail(), account.getDisplayName(), password, invite);
    } catch (EmailAlreadyUsedException e) {
      Messages.fieldError("signup:email", "signup.message.error.emailUsed");
      faces.validationFailed();
      return;
    }
    Messages.info("signup.message.info.created");
    done.therapist()
        .ifPresent(
            t -> Messages.info("patient_therapists.message.info.linked", t.getDisplayName()));
    done.problem().ifPresent(r -> Messages.error("invitation.message.error." + r.name()));
    Messages.keepAcrossRedirect();
    ExternalContext external = faces.getExternalContext();
    external.redirect(external.getRequestContextPath() + "/login");
  }

  /** The name of the therapist who invited this person, or null. */
  public String getInviterName() {
    return invite == null ? null : care.inviter(invite).map(Account::getDisplayName).orElse(null);
  }

  public String getInvite() {
    return invite;
  }

  public void setInvite(String invite) {
    this.invite = invite;
  }

  public Account getAccount() {
    return account;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
