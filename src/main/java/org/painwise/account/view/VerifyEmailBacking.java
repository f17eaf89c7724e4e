package org.painwise.account.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.painwise.account.Account;
import org.painwise.account.AccountToken.Purpose;
import org.painwise.account.Credentials;
import org.painwise.account.InvalidLinkException;
import org.painwise.account.Throttle;
import org.painwise.account.ThrottledException;

/**
 * verify-email.xhtml: with {@code ?token=…} from the sign-up email, a button confirms the email (a
 * button, not the visit: mail scanners open links); without a working token, a form sends the link
 * again, with the same answer whatever the email.
 */
@Named
@RequestScoped
public class VerifyEmailBacking {

  @Inject private Credentials credentials;
  @Inject private Throttle throttle;

  private String token;

  @NotBlank
  @Email
  @Size(max = Account.EMAIL_MAX)
  private String email;

  private Boolean linkWorks;

  public void confirm() {
    try {
      credentials.verifyEmail(token);
    } catch (InvalidLinkException e) {
      linkWorks = false; // the page says so
      return;
    }
    Messages.addFlashGlobalInfo("verify_email.message.info.done");
    Faces.redirect("login");
  }

  public void resend() {
    try {
      credentials.resendVerification(
          email, throttle.addressOf(Faces.getRequest()), Faces.getLocale());
    } catch (ThrottledException e) {
      TooManyAttempts.answer(e.waitFor());
      return;
    }
    Messages.addGlobalInfo("verify_email.message.info.sent", Account.normaliseEmail(email));
  }

  /** Whether the page came with a link that still works. */
  public boolean isLinkWorks() {
    if (linkWorks == null) {
      linkWorks = token != null && credentials.linkWorks(Purpose.VERIFY_EMAIL, token);
    }
    return linkWorks;
  }

  /**
   * The token, read before the form is decoded: from the link ({@code ?token=}) or from the form's
   * hidden field, so that the form is there to take the post.
   */
  @PostConstruct
  void readToken() {
    token = Faces.getRequestParameter("token");
    if (token == null) {
      token = Faces.getRequestParameter("confirm:token");
    }
    if (!Faces.isPostback()) {
      email = Faces.getRequestParameter("email"); // from the login page: the form starts filled in
    }
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}
