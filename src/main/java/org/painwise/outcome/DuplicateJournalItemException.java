package org.painwise.outcome;

/** The journal form with this one-time token added its item already: a double submit. */
public class DuplicateJournalItemException extends Exception {

  private static final long serialVersionUID = 1L;

  public DuplicateJournalItemException() {
    super("this journal form was saved already");
  }
}
