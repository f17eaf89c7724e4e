package org.painwise.outcome;

/** The knowledge checks asked for are not the caller's to read: answered as "not found". */
public class KnowledgeNotFoundException extends Exception {

  private static final long serialVersionUID = 1L;

  public KnowledgeNotFoundException() {
    super("not found");
  }
}
