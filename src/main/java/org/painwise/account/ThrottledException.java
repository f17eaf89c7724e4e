package org.painwise.account;

import java.time.Duration;

/** Too many attempts for this account or from this address: try again after {@link #waitFor}. */
public class ThrottledException extends Exception {
  private static final long serialVersionUID = 1L;

  private final Duration waitFor;

  public ThrottledException(Duration waitFor) {
    super("Throttled for " + waitFor);
    this.waitFor = waitFor;
  }

  public Duration waitFor() {
    return waitFor;
  }
}
