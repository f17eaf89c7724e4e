package org.painwise.quiz;

/** An attempt that does not exist or is not the viewer's: both look the same (the 404 page). */
public class AttemptNotFoundException extends Exception {
  private static final long serialVersionUID = 1L;

  public AttemptNotFoundException(long id) {
    super("No attempt " + id);
  }
}
