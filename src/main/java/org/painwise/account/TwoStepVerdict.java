package org.painwise.account;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * What {@link AccountIdentityStore} decided about this request's sign-in beyond "valid" or
 * "invalid", which is all that Jakarta Security carries: a second step that is still to come, the
 * offer of two-step sign-in to show first, or why a code was refused.
 */
@RequestScoped
public class TwoStepVerdict {

  /** Why a second step was refused. */
  public enum Refusal {
    /** Neither an authenticator code of now nor an unused recovery code. */
    WRONG,
    /** A code that was already used (codes work once). */
    USED,
    /** The half-done sign-in is over: too late, or the account changed meanwhile. */
    EXPIRED
  }

  private PendingSignIn pending;
  private boolean offer;
  private Refusal refusal;

  void pending(PendingSignIn pending) {
    this.pending = pending;
  }

  void offer() {
    this.offer = true;
  }

  void refuse(Refusal refusal) {
    this.refusal = refusal;
  }

  /** The second step still to come, when the password was right and one is needed. */
  public Optional<PendingSignIn> pending() {
    return Optional.ofNullable(pending);
  }

  /** Whether this sign-in succeeded for someone to whom two-step sign-in is offered. */
  public boolean offered() {
    return offer;
  }

  public Optional<Refusal> refusal() {
    return Optional.ofNullable(refusal);
  }
}
