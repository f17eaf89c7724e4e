package org.painwise.account;

import jakarta.security.enterprise.credential.Credential;

/**
 * The second step of a sign-in for Jakarta Security: the sign-in half done after the right
 * password, and the code typed (an authenticator code or a recovery code), or none when the
 * required two-step sign-in was just set up in this sign-in. {@link AccountIdentityStore} checks
 * it.
 */
public final class TwoStepCredential implements Credential {

  private final PendingSignIn pending;
  private final String code;

  public TwoStepCredential(PendingSignIn pending, String code) {
    this.pending = pending;
    this.code = code;
  }

  public PendingSignIn pending() {
    return pending;
  }

  public String code() {
    return code;
  }

  @Override
  public void clear() {
    // The code is a one-time value; nothing to wipe that a String could hold safely.
  }
}
