package org.painwise.account.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.painwise.account.Account;
import org.painwise.account.Credentials;
import org.painwise.account.Throttle;
import org.painwise.account.ThrottledException;

/**
 * forgot-password.xhtml: with mail, a reset link by email, and the same answer whether or not an
 * account has the email; without mail, whom to ask (the clinic's admin).
 */
@Named
@RequestScoped
public class ForgotPasswordBacking {

  @Inject private Credentials credentials;
  @Inject private Throttle throttle;

  @NotBlank
  @Email
  @Size(max = Account.EMAIL_MAX)
  private String email;

  public void send() {
    try {
      credentials.requestReset(email, throttle.addressOf(Faces.getRequest()), Faces.getLocale());
    } catch (ThrottledException e) {
      TooManyAttempts.answer(e.waitFor());
      return;
    }
    Messages.addGlobalInfo("forgot_password.message.info.sent", Account.normaliseEmail(email));
    email = null;
  }

  /** Whether links can be emailed here; otherwise the page says to ask the admin. */
  public boolean isMailDelivers() {
    return credentials.mailDelivers();
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}
