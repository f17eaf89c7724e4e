package org.painwise.clinic.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.painwise.account.Account;
import org.painwise.account.EmailAlreadyUsedException;
import org.painwise.account.Throttle;
import org.painwise.account.ThrottledException;
import org.painwise.account.view.LanguageSwitch;
import org.painwise.account.view.TooManyAttempts;
import org.painwise.clinic.CareService;

/**
 * signup.xhtml: a patient makes their own account. The field rules live on {@link Account}. With
 * mail on, the person is asked to open the link emailed to them, whatever happened.
 */
@Named
@RequestScoped
public class SignupBacking {

  @Inject private CareService care;
  @Inject private Throttle throttle;

  /** An invitation code from the therapist's link, kept through the form as a view parameter. */
  private String invite;

  private final Account account = new Account();

  @NotBlank
  @Size(min = Account.PASSWORD_MIN, max = Account.PASSWORD_MAX)
  private String password;

  public void signUp() {
    CareService.SignUp done;
    try {
      done =
          care.signUp(
              account.getEmail(),
              account.getDisplayName(),
              password,
              invite,
              throttle.addressOf(Faces.getRequest()),
              LanguageSwitch.cookie(Faces.getRequest()).map(Locale::getLanguage).orElse(null),
              Faces.getLocale());
    } catch (EmailAlreadyUsedException e) {
      Messages.addError("signup:email", "signup.message.error.emailUsed");
      Faces.validationFailed();
      return;
    } catch (ThrottledException e) {
      TooManyAttempts.answer(e.waitFor());
      Faces.validationFailed();
      return;
    }
    if (done.confirmByEmail()) {
      // The same answer whether the email was new or used, with or without an invitation.
      Messages.addFlashGlobalInfo("signup.message.info.checkEmail", account.getEmail());
      Faces.redirect("login");
      return;
    }
    Messages.addFlashGlobalInfo("signup.message.info.created");
    done.therapist()
        .ifPresent(
            t ->
                Messages.addFlashGlobalInfo(
                    "patient_therapists.message.info.linked", t.getDisplayName()));
    done.problem()
        .ifPresent(r -> Messages.addFlashGlobalError("invitation.message.error." + r.name()));
    Faces.redirect("login");
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
