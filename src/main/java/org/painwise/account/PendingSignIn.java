package org.painwise.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A sign-in half done: the password was right, and the second step (a code, or setting two-step
 * sign-in up where it is required) is still to come. It lives in the session, which holds nobody
 * signed in meanwhile, and only for a few minutes ({@link #CODE_TIME}, {@link #SETUP_TIME}). Only
 * {@link AccountIdentityStore} makes one, after a right password, so holding one proves that step;
 * services take it as that proof ({@link TwoStepService#verify}).
 */
public final class PendingSignIn implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The session attribute. */
  static final String ATTRIBUTE = "painwise.pendingSignIn";

  /** How long a sign-in waits for its code. */
  public static final Duration CODE_TIME = Duration.ofMinutes(5);

  /** How long a sign-in waits while a required two-step sign-in is set up (an app to install). */
  public static final Duration SETUP_TIME = Duration.ofMinutes(15);

  /** What the second step is. */
  public enum Next {
    /** A code from the authenticator app, or a recovery code. */
    CODE,
    /** Two-step sign-in is required for this account and not on yet: set it up first. */
    SETUP
  }

  private final long accountId;
  private final String email;
  private final String stamp;
  private final Next next;
  private final Instant deadline;
  private String fragment;
  private boolean setUp;

  PendingSignIn(long accountId, String email, String stamp, Next next, Instant now) {
    this.accountId = accountId;
    this.email = email;
    this.stamp = stamp;
    this.next = next;
    this.deadline = now.plus(next == Next.SETUP ? SETUP_TIME : CODE_TIME);
  }

  /** The half-done sign-in of this request's session, unless there is none or it expired. */
  public static Optional<PendingSignIn> of(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof PendingSignIn pending)) {
      return Optional.empty();
    }
    if (pending.expired(Instant.now())) {
      session.removeAttribute(ATTRIBUTE);
      return Optional.empty();
    }
    return Optional.of(pending);
  }

  /** Whether this request's session holds a sign-in half done, expired or not. */
  public static boolean wasStarted(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session != null && session.getAttribute(ATTRIBUTE) != null;
  }

  /** Forgets this request's half-done sign-in (it is complete, or another begins). */
  public static void forget(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(ATTRIBUTE);
    }
  }

  /**
   * Keeps this sign-in in the request's session, with the {@code #anchor} of the page first asked
   * for; the session ends soon after the deadline unless the sign-in completes.
   */
  public void keep(HttpServletRequest request, String fragment) {
    this.fragment = fragment;
    HttpSession session = request.getSession();
    session.setAttribute(ATTRIBUTE, this);
    long seconds = Duration.between(Instant.now(), deadline).toSeconds() + 60;
    session.setMaxInactiveInterval((int) Math.max(60, seconds));
  }

  /** After the sign-in completed: the session lasts as long as any signed-in session. */
  public static void signedIn(HttpServletRequest request) {
    forget(request);
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.setMaxInactiveInterval(request.getServletContext().getSessionTimeout() * 60);
    }
  }

  public boolean expired(Instant now) {
    return !now.isBefore(deadline);
  }

  public Next next() {
    return next;
  }

  public String email() {
    return email;
  }

  /** The {@code #anchor} of the page first asked for, if any. */
  public String fragment() {
    return fragment;
  }

  long accountId() {
    return accountId;
  }

  String stamp() {
    return stamp;
  }

  /** Whether a required two-step sign-in was set up in this sign-in, which completes it. */
  boolean isSetUp() {
    return setUp;
  }

  void markSetUp() {
    this.setUp = true;
  }
}
