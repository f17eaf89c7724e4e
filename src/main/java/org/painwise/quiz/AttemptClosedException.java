package org.painwise.quiz;

/**
 * The attempt is submitted, or the answer was checked (immediate feedback): it can no longer
 * change.
 */
public class AttemptClosedException extends Exception {
  private static final long serialVersionUID = 1L;

  public AttemptClosedException(long id) {
    super("Attempt " + id + " can no longer change");
  }
}
