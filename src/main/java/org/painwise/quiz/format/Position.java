package org.painwise.quiz.format;

/** A 1-based place in a source file; 0 means unknown. */
record Position(int line, int column) {
  static final Position UNKNOWN = new Position(0, 0);
}
