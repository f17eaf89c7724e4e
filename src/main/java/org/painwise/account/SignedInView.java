package org.painwise.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * {@code #{signedInUser}} in the views: the {@link SignedInUser} of a signed-in request, and
 * "nobody" for anyone else without touching the session, so an anonymous page or a 404 never makes
 * one.
 */
@Named("signedInUser")
@RequestScoped
public class SignedInView {

  @Inject private HttpServletRequest request;
  @Inject private SignedInUser user;

  private boolean anonymous() {
    return request.getUserPrincipal() == null;
  }

  public boolean isSignedIn() {
    return !anonymous() && user.isSignedIn();
  }

  public long requireId() {
    return user.requireId();
  }

  public String getDisplayName() {
    return anonymous() ? "" : user.getDisplayName();
  }

  public Role getRole() {
    return anonymous() ? null : user.getRole();
  }

  public boolean hasRole(String name) {
    return !anonymous() && user.hasRole(name);
  }

  public String getHomePath() {
    return anonymous() ? "/" : user.getHomePath();
  }

  /** The sign-out form's token of a signed-in session; none for anyone else. */
  public String getSignOutToken() {
    return anonymous() ? "" : user.getSignOutToken();
  }
}
