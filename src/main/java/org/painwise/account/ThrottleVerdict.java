package org.painwise.account;

import jakarta.enterprise.context.RequestScoped;
import java.time.Duration;
import java.util.Optional;

/**
 * What the throttle decided about this request's sign-in: {@link AccountIdentityStore} can only
 * answer "invalid" to Jakarta Security, so it leaves the wait here for the login page to show, or
 * that the password was right but the email is not confirmed yet.
 */
@RequestScoped
public class ThrottleVerdict {

  private Duration waitFor;
  private boolean unconfirmed;

  public void refuse(Duration waitFor) {
    this.waitFor = waitFor;
  }

  /** The password was right, but the account's email is not confirmed yet. */
  public void unconfirmed() {
    this.unconfirmed = true;
  }

  /** Whether this request's sign-in was refused only because the email is not confirmed. */
  public boolean isUnconfirmed() {
    return unconfirmed;
  }

  /** How long the caller must wait, when this request was throttled. */
  public Optional<Duration> waitFor() {
    return Optional.ofNullable(waitFor);
  }
}
