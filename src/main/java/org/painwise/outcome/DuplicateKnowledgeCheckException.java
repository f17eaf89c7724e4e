package org.painwise.outcome;

/** This knowledge-check form (its token) was saved already: a double submit saves once. */
public class DuplicateKnowledgeCheckException extends Exception {

  private static final long serialVersionUID = 1L;

  public DuplicateKnowledgeCheckException() {
    super("already saved");
  }
}
