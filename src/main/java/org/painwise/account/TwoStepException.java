package org.painwise.account;

/** A change to two-step sign-in that was refused, and why (a message key per reason). */
public class TwoStepException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Why. */
  public enum Reason {
    /** The current password, asked for to turn it off or renew the codes, is wrong. */
    WRONG_PASSWORD,
    /** The code that confirms the set-up is not the app's code of now. */
    WRONG_CODE,
    /** Two-step sign-in is required for this role and cannot be turned off. */
    REQUIRED,
    /** A demo or benchmark account, shared by many people, signs in without it. */
    EXEMPT,
    /** It is on already (set up in another tab). */
    ALREADY_ON,
    /** It is off, so there is nothing to renew (or for an admin to reset). */
    OFF,
    /** An admin tried to reset their own: another admin must, so one cannot lock out the rest. */
    OWN_ACCOUNT
  }

  private final Reason reason;

  public TwoStepException(Reason reason) {
    super(reason.name());
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
