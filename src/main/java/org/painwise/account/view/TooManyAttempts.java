package org.painwise.account.view;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The one answer to a throttled sign-in or sign-up, whether the account or the address is blocked:
 * HTTP 429 with {@code Retry-After}, and the same generic message with the wait.
 */
public final class TooManyAttempts {

  /** Status 429, from RFC 6585. */
  public static final int STATUS = 429;

  private TooManyAttempts() {}

  public static void answer(Duration waitFor) {
    long seconds = Math.max(1, (waitFor.toMillis() + 999) / 1000);
    HttpServletResponse response = Faces.getResponse();
    response.setStatus(STATUS);
    response.setHeader("Retry-After", Long.toString(seconds));
    long amount = amount(seconds);
    Messages.addGlobalError("throttle.message.error.wait", amount, unit(seconds));
  }

  /** The wait as the message says it: seconds under a minute, else whole minutes, rounded up. */
  public static long amount(long seconds) {
    return seconds < 60 ? seconds : (seconds + 59) / 60;
  }

  /** The unit's choice in the message: 0 second, 1 seconds, 2 minute, 3 minutes. */
  public static int unit(long seconds) {
    return (seconds < 60 ? 0 : 2) + (amount(seconds) == 1 ? 0 : 1);
  }
}
