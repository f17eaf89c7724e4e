package org.painwise.outcome;

/** The journal (or journal item) asked for is not the caller's: answered as "not found". */
public class JournalNotFoundException extends Exception {

  private static final long serialVersionUID = 1L;

  public JournalNotFoundException() {
    super("not found");
  }
}
