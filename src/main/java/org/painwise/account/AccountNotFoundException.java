package org.painwise.account;

/** An account id that does not exist, or that the viewer may not see: both look the same. */
public class AccountNotFoundException extends Exception {
  private static final long serialVersionUID = 1L;

  public AccountNotFoundException(long id) {
    super("No account " + id);
  }
}
