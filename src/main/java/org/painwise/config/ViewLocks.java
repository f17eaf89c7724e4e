package org.painwise.config;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One request at a time per Faces view: postbacks that carry the same view state in the same
 * session run one after the other, never at once.
 *
 * <p>All postbacks of a view use its one view-scoped bean and the state that Faces saved for it
 * (Mojarra's {@code UIRepeat.restoreState} keeps the saved map of its rows' input state itself, not
 * a copy); neither is made for two requests at once. A browser's ajax queue sends one request of a
 * page at a time, but a tab duplicated (or opened again from the history) posts the same view state
 * as the first, and a request that a client gave up on is still running on the server when the next
 * one arrives. Run at once, two saves on the quiz page mixed their state, and one stored the answer
 * as it was before (or a blank) while its page said "Saved": with three requests at once on one
 * view, 76 of 1,138 acknowledged saves in a diagnostic run (QuizSameViewIT checks it).
 *
 * <p>The locks are striped, a fixed number that never grows: two views that share a stripe only
 * wait for each other. A request waits at most {@link #waitSeconds()} for its turn; then it is
 * refused (503) rather than run alongside.
 */
public final class ViewLocks {

  static final int STRIPES = 1024;

  private static final ReentrantLock[] LOCKS = new ReentrantLock[STRIPES];

  static {
    for (int i = 0; i < STRIPES; i++) {
      LOCKS[i] = new ReentrantLock(true);
    }
  }

  private ViewLocks() {}

  /** A request's work that the lock guards. */
  @FunctionalInterface
  public interface Work {
    void run() throws Exception;
  }

  /** How long a postback waits for the one before it; {@code painwise.view.lockWaitSeconds}. */
  static long waitSeconds() {
    return Long.getLong("painwise.view.lockWaitSeconds", 60);
  }

  /** The lock of a view (its view state) in a session. */
  static ReentrantLock lockOf(String sessionId, String viewState) {
    int hash = (sessionId + '|' + viewState).hashCode();
    return LOCKS[Math.floorMod(hash ^ (hash >>> 16), STRIPES)];
  }

  /**
   * Runs {@code work} once no other request of this view runs; false, without running it, when its
   * turn did not come within {@link #waitSeconds()} (or the thread was interrupted).
   */
  static boolean runAlone(String sessionId, String viewState, Work work) throws Exception {
    return runAlone(sessionId, viewState, TimeUnit.SECONDS.toMillis(waitSeconds()), work);
  }

  static boolean runAlone(String sessionId, String viewState, long waitMillis, Work work)
      throws Exception {
    ReentrantLock lock = lockOf(sessionId, viewState);
    try {
      if (!lock.tryLock(waitMillis, TimeUnit.MILLISECONDS)) {
        return false;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
    try {
      work.run();
      return true;
    } finally {
      lock.unlock();
    }
  }
}
