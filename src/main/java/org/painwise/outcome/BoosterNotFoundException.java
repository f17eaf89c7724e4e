package org.painwise.outcome;

/**
 * The booster asked for is not due, not the caller's, or its results are not the caller's to read:
 * answered as "not found".
 */
public class BoosterNotFoundException extends Exception {

  private static final long serialVersionUID = 1L;

  public BoosterNotFoundException() {
    super("not found");
  }
}
