package org.painwise.account.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.painwise.account.Account;
import org.painwise.account.AccountToken.Purpose;
import org.painwise.account.Credentials;
import org.painwise.account.InvalidLinkException;

/**
 * reset-password.xhtml?token=…: a new password with a one-time link. The token rides in a hidden
 * field, since the page is stateless. A link that is unknown, used or expired gets one answer.
 */
@Named
@RequestScoped
public class ResetPasswordBacking {

  @Inject private Credentials credentials;

  private String token;

  @NotBlank
  @Size(min = Account.PASSWORD_MIN, max = Account.PASSWORD_MAX)
  private String password;

  private String confirm;

  private Boolean linkWorks;

  public void reset() {
    if (confirm == null || !confirm.equals(password)) {
      Messages.addError("reset:confirm", "reset_password.message.error.mismatch");
      Faces.validationFailed();
      return;
    }
    try {
      credentials.resetPassword(token, password);
    } catch (InvalidLinkException e) {
      linkWorks = false; // the page says so
      return;
    }
    Messages.addFlashGlobalInfo("reset_password.message.info.done");
    Faces.redirect("login");
  }

  /** Whether the link still works: the form is shown only then. */
  public boolean isLinkWorks() {
    if (linkWorks == null) {
      linkWorks = credentials.linkWorks(Purpose.RESET_PASSWORD, token);
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
      token = Faces.getRequestParameter("reset:token");
    }
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getConfirm() {
    return confirm;
  }

  public void setConfirm(String confirm) {
    this.confirm = confirm;
  }
}
