package org.painwise.outcome;

/** An answer to one statement of the knowledge check. "Not sure" never counts as right. */
public enum KnowledgeAnswer {
  TRUE('T'),
  FALSE('F'),
  NOT_SURE('N');

  private final char code;

  KnowledgeAnswer(char code) {
    this.code = code;
  }

  /** The one letter stored for this answer. */
  public char code() {
    return code;
  }

  public static KnowledgeAnswer ofCode(char c) {
    for (KnowledgeAnswer a : values()) {
      if (a.code == c) {
        return a;
      }
    }
    throw new IllegalArgumentException("no answer " + c);
  }
}
