package org.painwise.outcome;

/** The same check-in form was sent twice: the first is kept, nothing is saved again. */
public class DuplicateCheckinException extends Exception {

  private static final long serialVersionUID = 1L;

  public DuplicateCheckinException() {
    super("this check-in was already saved");
  }
}
