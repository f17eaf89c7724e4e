package org.painwise.account;

/**
 * A service was called by someone who may not: the wrong role, another person's id, or nobody
 * signed in. The web layer answers it like a page that does not exist (404), so nothing leaks.
 */
public class AccessDeniedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public AccessDeniedException(String what) {
    super(what);
  }
}
