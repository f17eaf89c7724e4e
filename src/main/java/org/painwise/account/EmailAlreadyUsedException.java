package org.painwise.account;

/** Sign-up with an email that another account already has. */
public class EmailAlreadyUsedException extends Exception {
  private static final long serialVersionUID = 1L;

  public EmailAlreadyUsedException(String email) {
    super("Email already used: " + email);
  }
}
