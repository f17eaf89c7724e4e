package org.painwise.outcome;

/** The check-ins asked for are not the caller's to read: answered as "not found". */
public class CheckinsNotFoundException extends Exception {

  private static final long serialVersionUID = 1L;

  public CheckinsNotFoundException() {
    super("not found");
  }
}
