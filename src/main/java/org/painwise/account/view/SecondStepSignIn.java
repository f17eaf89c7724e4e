package org.painwise.account.view;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.omnifaces.util.Faces;
import org.painwise.account.AccountService;
import org.painwise.account.PendingSignIn;
import org.painwise.account.SessionRevocationFilter;
import org.painwise.account.SignedInUser;
import org.painwise.account.ThrottleVerdict;
import org.painwise.account.TwoStepCredential;
import org.painwise.account.TwoStepVerdict;

/**
 * The end of a sign-in in two steps, shared by the code page and the set-up page: the half-done
 * sign-in and the code go to Jakarta Security ({@link TwoStepCredential}); on success the session
 * gets a new id (the second time in this sign-in), remembers the account's security stamp, and the
 * browser goes to the page first asked for (anchor included) or to the role's home.
 */
@RequestScoped
public class SecondStepSignIn {

  @Inject private SecurityContext security;
  @Inject private SignedInUser signedInUser;
  @Inject private AccountService accounts;
  @Inject private TwoStepVerdict steps;
  @Inject private ThrottleVerdict throttled;

  /** The half-done sign-in of this request, if one is under way and not expired. */
  public Optional<PendingSignIn> pending() {
    return PendingSignIn.of(Faces.getRequest());
  }

  /**
   * Completes {@code pending} with {@code code} (null when the set-up just done completes it):
   * whether it is complete, in which case the redirect is made.
   */
  public boolean complete(PendingSignIn pending, String code) {
    HttpServletRequest request = Faces.getRequest();
    // A new session id at the moment the session starts to hold someone.
    request.changeSessionId();
    AnchorFilter.keep(request, pending.fragment());
    AuthenticationStatus status =
        security.authenticate(
            request,
            Faces.getResponse(),
            withParams().newAuthentication(false).credential(new TwoStepCredential(pending, code)));
    switch (status) {
      case SEND_CONTINUE -> {
        PendingSignIn.signedIn(request);
        SessionRevocationFilter.remember(request, accounts, pending.email());
        Faces.responseComplete(); // redirected to the page first asked for
        return true;
      }
      case SUCCESS -> {
        PendingSignIn.signedIn(request);
        SessionRevocationFilter.remember(request, accounts, pending.email());
        AnchorFilter.keep(request, null);
        signedInUser.refresh();
        Faces.redirect(Faces.getRequestContextPath() + signedInUser.getHomePath());
        return true;
      }
      default -> {
        AnchorFilter.keep(request, null);
        return false;
      }
    }
  }

  /** Why the last {@link #complete} was refused (nothing when the throttle refused it). */
  public Optional<TwoStepVerdict.Refusal> refusal() {
    return steps.refusal();
  }

  /** The wait when the throttle refused the last {@link #complete}. */
  public Optional<java.time.Duration> throttledFor() {
    return throttled.waitFor();
  }
}
