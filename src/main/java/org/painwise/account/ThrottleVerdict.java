package org.painwise.account;

import jakarta.enterprise.context.RequestScoped;
import java.time.Duration;
import java.util.Optional;

/**
 * What the throttle decided about this request's sign-in: {@link AccountIdentityStore} can only
 * answer "invalid" to Jakarta Security, so it leaves the wait here for the login page to show.
 */
@RequestScoped
public class ThrottleVerdict {

  private Duration waitFor;

  public void refuse(Duration waitFor) {
    this.waitFor = waitFor;
  }

  /** How long the caller must wait, when this request was throttled. */
  public Optional<Duration> waitFor() {
    return Optional.ofNullable(waitFor);
  }
}
