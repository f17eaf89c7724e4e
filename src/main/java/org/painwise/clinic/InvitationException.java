package org.painwise.clinic;

/** An invitation code that cannot be used, and why. */
public class InvitationException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Why the code cannot be used; each has its own message for the patient. */
  public enum Reason {
    UNKNOWN,
    EXPIRED,
    USED,
    REVOKED,
    ALREADY_LINKED,
    NOT_A_PATIENT
  }

  private final Reason reason;

  public InvitationException(Reason reason) {
    super(reason.name());
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
