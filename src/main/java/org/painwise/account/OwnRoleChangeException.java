package org.painwise.account;

/** An admin tried to change their own role, which could lock everyone out of the admin pages. */
public class OwnRoleChangeException extends Exception {
  private static final long serialVersionUID = 1L;
}
