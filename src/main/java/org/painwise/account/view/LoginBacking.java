package org.painwise.account.view;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.painwise.account.Account;
import org.painwise.account.AccountService;
import org.painwise.account.SessionRevocationFilter;
import org.painwise.account.SignedInUser;

/** login.xhtml: email and password through Jakarta Security, with one generic failure message. */
@Named
@RequestScoped
public class LoginBacking {

  @Inject private SecurityContext security;
  @Inject private SignedInUser signedInUser;
  @Inject private AccountService accounts;

  @NotBlank
  @Size(max = Account.EMAIL_MAX)
  private String email;

  @NotBlank
  @Size(max = Account.PASSWORD_MAX)
  private String password;

  public void login() {
    HttpServletRequest request = Faces.getRequest();
    HttpServletResponse response = Faces.getResponse();
    // A new session id before the credentials are checked: a session id that someone planted
    // before login is useless after it (session fixation). Done first because on success with a
    // saved deep link the mechanism has already committed its redirect.
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    // Container-initiated flow (newAuthentication false): after a failed attempt Soteria keeps
    // no state, and with a saved deep link it redirects there on success.
    AuthenticationStatus status =
        security.authenticate(
            request,
            response,
            withParams()
                .newAuthentication(false)
                .credential(
                    new UsernamePasswordCredential(Account.normaliseEmail(email), password)));
    if (status == AuthenticationStatus.SUCCESS || status == AuthenticationStatus.SEND_CONTINUE) {
      SessionRevocationFilter.remember(request, accounts, email);
    }
    switch (status) {
      case SEND_CONTINUE -> Faces.responseComplete(); // redirected to the page first asked for
      case SUCCESS -> {
        signedInUser.refresh();
        Faces.redirect(Faces.getRequestContextPath() + signedInUser.getHomePath());
      }
      default -> {
        password = null;
        Messages.addGlobalError("login.message.error.failed");
      }
    }
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
