package org.painwise.account;

/** The current password given to confirm a change is not the account's. */
public class WrongPasswordException extends Exception {
  private static final long serialVersionUID = 1L;

  public WrongPasswordException() {
    super("Wrong current password");
  }
}
