package org.painwise.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How one kind of attempt is throttled, as plain arithmetic: the first {@code free} failures of a
 * window cost nothing; each one after that blocks the key for {@code base}, doubled with every
 * further failure, never longer than {@code cap}. A count decays: once its {@code window} (from its
 * first failure) is over and no block remains, the next failure starts a new count. So nobody is
 * ever locked out for longer than {@code cap} at a time.
 */
public record ThrottlePolicy(int free, Duration base, Duration cap, Duration window) {

  /** Above this many doublings the delay is the cap anyway (and the arithmetic cannot overflow). */
  private static final int MAX_DOUBLINGS = 40;

  public ThrottlePolicy {
    if (free < 0 || base.isNegative() || cap.isNegative() || window.isNegative()) {
      throw new IllegalArgumentException("negative throttle setting");
    }
  }

  /** One key's count: failures in the current window, when it began, and the end of any block. */
  public record Count(int failures, Instant windowStart, Instant blockedUntil) {

    /** No failures yet. */
    public static final Count NONE = new Count(0, Instant.EPOCH, null);
  }

  /** The block that follows the {@code failures}-th failure of a window: zero while still free. */
  public Duration delayAfter(int failures) {
    if (failures <= free) {
      return Duration.ZERO;
    }
    long doublings = Math.min((long) failures - free - 1, MAX_DOUBLINGS);
    Duration delay = base.multipliedBy(1L << doublings);
    return delay.compareTo(cap) > 0 ? cap : delay;
  }

  /** Whether {@code count} is over by {@code now}: its window has passed and no block remains. */
  public boolean decayed(Count count, Instant now) {
    return !now.isBefore(count.windowStart().plus(window)) && wait(count, now).isEmpty();
  }

  /** How long {@code count} still blocks at {@code now}, if it does. */
  public Optional<Duration> wait(Count count, Instant now) {
    if (count.blockedUntil() == null || !now.isBefore(count.blockedUntil())) {
      return Optional.empty();
    }
    return Optional.of(Duration.between(now, count.blockedUntil()));
  }

  /**
   * The count after one more failure at {@code now}: a decayed count starts again at one, and a
   * failure past the free ones blocks from now for its delay.
   */
  public Count fail(Count before, Instant now) {
    Count current = decayed(before, now) ? new Count(0, now, null) : before;
    int failures =
        current.failures() == Integer.MAX_VALUE ? Integer.MAX_VALUE : current.failures() + 1;
    Duration delay = delayAfter(failures);
    Instant blockedUntil = delay.isZero() ? current.blockedUntil() : now.plus(delay);
    return new Count(failures, current.windowStart(), blockedUntil);
  }
}
