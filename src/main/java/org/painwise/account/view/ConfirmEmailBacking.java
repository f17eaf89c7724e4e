package org.painwise.account.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.painwise.account.Account;
import org.painwise.account.AccountToken.Purpose;
import org.painwise.account.Credentials;
import org.painwise.account.EmailAlreadyUsedException;
import org.painwise.account.InvalidLinkException;

/**
 * confirm-email.xhtml?token=…: the link sent to a new address; a button makes it the account's
 * email. One signs in with the email, so every session of the account ends, this one included.
 */
@Named
@RequestScoped
public class ConfirmEmailBacking {

  @Inject private Credentials credentials;

  private String token;
  private Boolean linkWorks;

  public void confirm() throws ServletException {
    Account account;
    try {
      account = credentials.confirmEmailChange(token);
    } catch (InvalidLinkException e) {
      linkWorks = false; // the page says so
      return;
    } catch (EmailAlreadyUsedException e) {
      linkWorks = false;
      Messages.addGlobalError("confirm_email.message.error.used");
      return;
    }
    if (Faces.getRequest().getUserPrincipal() != null) {
      Faces.logout();
      Faces.invalidateSession();
    }
    Messages.addFlashGlobalInfo("confirm_email.message.info.done", account.getEmail());
    Faces.redirect("login");
  }

  /** Whether the link still works: the button is shown only then. */
  public boolean isLinkWorks() {
    if (linkWorks == null) {
      linkWorks = credentials.linkWorks(Purpose.CHANGE_EMAIL, token);
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
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }
}
