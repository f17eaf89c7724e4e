package org.painwise.account;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A sign-in half done lasts a few minutes: five for a code, fifteen to set up an app. */
class PendingSignInTest {

  private static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");

  @Test
  void aCodeIsWaitedForFiveMinutes() {
    PendingSignIn pending =
        new PendingSignIn(1, "a@example.org", "1:0", PendingSignIn.Next.CODE, T0);
    assertFalse(pending.expired(T0));
    assertFalse(pending.expired(T0.plus(PendingSignIn.CODE_TIME).minusSeconds(1)));
    assertTrue(pending.expired(T0.plus(PendingSignIn.CODE_TIME)));
    assertTrue(PendingSignIn.CODE_TIME.toMinutes() <= 5, "a few minutes");
  }

  @Test
  void aRequiredSetUpIsWaitedForLonger() {
    PendingSignIn pending =
        new PendingSignIn(1, "a@example.org", "1:0", PendingSignIn.Next.SETUP, T0);
    assertFalse(pending.expired(T0.plus(PendingSignIn.CODE_TIME)));
    assertTrue(pending.expired(T0.plus(PendingSignIn.SETUP_TIME)));
    assertFalse(pending.isSetUp(), "set up only once a code confirmed it");
  }
}
