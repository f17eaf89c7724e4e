package org.painwise.account;

/**
 * A one-time link that does not work: unknown, already used or expired. All three look the same to
 * whoever holds it.
 */
public class InvalidLinkException extends Exception {
  private static final long serialVersionUID = 1L;

  public InvalidLinkException() {
    super("The link is unknown, used or expired");
  }
}
