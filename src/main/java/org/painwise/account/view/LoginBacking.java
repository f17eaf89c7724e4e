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
import org.painwise.account.PendingSignIn;
import org.painwise.account.SessionRevocationFilter;
import org.painwise.account.SignedInUser;
import org.painwise.account.ThrottleVerdict;
import org.painwise.account.TwoStepVerdict;

/**
 * login.xhtml: email and password through Jakarta Security, with one generic failure message, and
 * one generic 429 answer when the identity store's throttle refused the attempt. Where a second
 * step follows (two-step sign-in is on, or required and not set up yet), nobody is signed in yet:
 * the half-done sign-in goes into the session and the browser to the code or set-up page. The right
 * password of an account whose email is not confirmed yet gets a way to have the link sent again.
 */
@Named
@RequestScoped
public class LoginBacking {

  @Inject private SecurityContext security;
  @Inject private SignedInUser signedInUser;
  @Inject private ThrottleVerdict throttled;
  @Inject private AccountService accounts;
  @Inject private TwoStepVerdict steps;

  @NotBlank
  @Size(max = Account.EMAIL_MAX)
  private String email;

  @NotBlank
  @Size(max = Account.PASSWORD_MAX)
  private String password;

  /** The #anchor of the page first asked for, which login.js copies from the address. */
  private String fragment;

  /** The password was right but the email is not confirmed: the page offers a new link. */
  private boolean unconfirmed;

  public void login() {
    HttpServletRequest request = Faces.getRequest();
    HttpServletResponse response = Faces.getResponse();
    // A new session id before the credentials are checked: a session id that someone planted
    // before login is useless after it (session fixation). Done first because on success with a
    // saved deep link the mechanism has already committed its redirect.
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    // A new sign-in replaces one that was left half done in this session.
    PendingSignIn.forget(request);
    // Container-initiated flow (newAuthentication false): after a failed attempt Soteria keeps
    // no state, and with a saved deep link it redirects there on success.
    // With a saved deep link the mechanism redirects there; the anchor goes along (AnchorFilter).
    AnchorFilter.keep(request, fragment);
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
      case SEND_CONTINUE -> {
        // Redirected to the page first asked for; the sign-in completes when the browser gets
        // there, and the offer of two-step sign-in comes first then (TwoStepFilter).
        if (steps.offered()) {
          TwoStepFilter.offerOnArrival(request, fragment);
        }
        Faces.responseComplete();
      }
      case SUCCESS -> {
        AnchorFilter.keep(request, null); // no page was asked for: the anchor means nothing
        signedInUser.refresh();
        String home = Faces.getRequestContextPath() + signedInUser.getHomePath();
        if (steps.offered()) {
          TwoStepOfferBacking.continueTo(request, home);
          Faces.redirect(Faces.getRequestContextPath() + TwoStepOfferBacking.PATH);
        } else {
          Faces.redirect(home);
        }
      }
      default -> {
        password = null;
        if (steps.pending().isPresent()) {
          PendingSignIn pending = steps.pending().get();
          pending.keep(request, fragment);
          AnchorFilter.keep(request, null); // kept with the half-done sign-in instead
          Faces.redirect(Faces.getRequestContextPath() + TwoStepCodeBacking.pathOf(pending));
          return;
        }
        if (throttled.isUnconfirmed()) {
          unconfirmed = true;
          Messages.addGlobalWarn("login.message.warn.unconfirmed");
          return;
        }
        throttled
            .waitFor()
            .ifPresentOrElse(
                TooManyAttempts::answer,
                () -> Messages.addGlobalError("login.message.error.failed"));
      }
    }
  }

  public boolean isUnconfirmed() {
    return unconfirmed;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getFragment() {
    return fragment;
  }

  public void setFragment(String fragment) {
    this.fragment = fragment;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
