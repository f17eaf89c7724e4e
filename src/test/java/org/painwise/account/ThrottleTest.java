package org.painwise.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.painwise.account.ThrottleEntry.Kind;
import org.painwise.account.ThrottlePolicy.Count;
import org.painwise.account.view.TooManyAttempts;

/** The throttle's arithmetic, its settings and how it reads the client address. */
class ThrottleTest {

  private static final ThrottlePolicy POLICY =
      new ThrottlePolicy(3, Duration.ofSeconds(2), Duration.ofMinutes(15), Duration.ofHours(1));
  private static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");

  @Test
  void theFirstFailuresAreFreeThenTheDelayDoublesUpToTheCap() {
    assertEquals(Duration.ZERO, POLICY.delayAfter(1));
    assertEquals(Duration.ZERO, POLICY.delayAfter(3));
    assertEquals(Duration.ofSeconds(2), POLICY.delayAfter(4));
    assertEquals(Duration.ofSeconds(4), POLICY.delayAfter(5));
    assertEquals(Duration.ofSeconds(8), POLICY.delayAfter(6));
    assertEquals(Duration.ofSeconds(512), POLICY.delayAfter(12));
    assertEquals(Duration.ofMinutes(15), POLICY.delayAfter(13), "capped");
    assertEquals(Duration.ofMinutes(15), POLICY.delayAfter(Integer.MAX_VALUE), "no overflow");
  }

  @Test
  void failuresBlockFromTheOnePastTheFreeOnes() {
    Count count = Count.NONE;
    Instant now = T0;
    for (int i = 1; i <= 3; i++) {
      count = POLICY.fail(count, now);
      assertEquals(Optional.empty(), POLICY.wait(count, now), "free failure " + i);
      now = now.plusSeconds(1);
    }
    count = POLICY.fail(count, now);
    assertEquals(4, count.failures());
    assertEquals(Optional.of(Duration.ofSeconds(2)), POLICY.wait(count, now));
    assertEquals(Optional.of(Duration.ofSeconds(1)), POLICY.wait(count, now.plusSeconds(1)));
    assertEquals(Optional.empty(), POLICY.wait(count, now.plusSeconds(2)), "the block ends");

    count = POLICY.fail(count, now.plusSeconds(2));
    assertEquals(
        Optional.of(Duration.ofSeconds(4)), POLICY.wait(count, now.plusSeconds(2)), "doubled");
  }

  @Test
  void aLongRunOfFailuresNeverBlocksLongerThanTheCap() {
    Count count = Count.NONE;
    Instant now = T0;
    for (int i = 0; i < 50; i++) {
      count = POLICY.fail(count, now);
      Duration wait = POLICY.wait(count, now).orElse(Duration.ZERO);
      assertTrue(wait.compareTo(Duration.ofMinutes(15)) <= 0, "failure " + (i + 1) + ": " + wait);
      now = now.plus(wait);
    }
    assertEquals(Optional.of(Duration.ofMinutes(15)), POLICY.wait(count, now.minusSeconds(900)));
  }

  @Test
  void aCountDecaysOnceItsWindowIsOverAndItsBlockHasEnded() {
    Count count = Count.NONE;
    for (int i = 0; i < 4; i++) {
      count = POLICY.fail(count, T0);
    }
    assertFalse(POLICY.decayed(count, T0.plus(Duration.ofMinutes(59))), "window still open");

    Instant later = T0.plus(Duration.ofHours(1));
    assertTrue(POLICY.decayed(count, later));
    Count fresh = POLICY.fail(count, later);
    assertEquals(1, fresh.failures(), "counting starts again");
    assertEquals(later, fresh.windowStart());
    assertEquals(Optional.empty(), POLICY.wait(fresh, later));

    Count blockedPastWindow = new Count(9, T0, later.plusSeconds(30));
    assertFalse(POLICY.decayed(blockedPastWindow, later), "a running block is kept to its end");
    assertTrue(POLICY.decayed(blockedPastWindow, later.plusSeconds(30)));
  }

  @Test
  void aResetCountStartsFreeAgain() {
    Count count = Count.NONE;
    for (int i = 0; i < 6; i++) {
      count = POLICY.fail(count, T0);
    }
    assertTrue(POLICY.wait(count, T0).isPresent());
    // A success deletes the row: the next failure starts from no count at all.
    Count afterSuccess = POLICY.fail(Count.NONE, T0.plusSeconds(60));
    assertEquals(1, afterSuccess.failures());
    assertNull(afterSuccess.blockedUntil());
  }

  @Test
  void theDefaultsAreTheDocumentedOnes() {
    Throttle throttle = new Throttle(name -> null);
    ThrottlePolicy login = throttle.policy(Kind.LOGIN_ACCOUNT);
    assertEquals(5, login.free());
    assertEquals(Duration.ofSeconds(2), login.base());
    assertEquals(Duration.ofMinutes(15), login.cap());
    assertEquals(Duration.ofHours(24), login.window());
    assertEquals(20, throttle.policy(Kind.LOGIN_ADDRESS).free());
    assertEquals(3, throttle.policy(Kind.SIGNUP_ACCOUNT).free());
    assertEquals(20, throttle.policy(Kind.SIGNUP_ADDRESS).free());
    for (Kind kind : Kind.values()) {
      if (kind != Kind.CODE_ACCOUNT) {
        assertEquals(Duration.ofMinutes(15), throttle.policy(kind).cap(), kind.name());
      }
    }
    // Second-step codes have a million values, three of them right at any time: slower guessing.
    assertEquals(
        new ThrottlePolicy(5, Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofHours(24)),
        throttle.policy(Kind.CODE_ACCOUNT));
  }

  @Test
  void settingsOverrideTheDefaultsInSecondsOrIso8601() {
    Map<String, String> settings =
        Map.of(
            "login.account.free", "2",
            "login.account.base", "1",
            "login.account.cap", "PT4S",
            "signup.address.window", "PT1M");
    Throttle throttle = new Throttle(settings::get);
    assertEquals(
        new ThrottlePolicy(2, Duration.ofSeconds(1), Duration.ofSeconds(4), Duration.ofHours(24)),
        throttle.policy(Kind.LOGIN_ACCOUNT));
    assertEquals(Duration.ofMinutes(1), throttle.policy(Kind.SIGNUP_ADDRESS).window());
    assertEquals(
        Throttle.DEFAULTS.get(Kind.LOGIN_ADDRESS),
        throttle.policy(Kind.LOGIN_ADDRESS),
        "untouched");
    assertThrows(
        IllegalArgumentException.class,
        () -> new Throttle(Map.of("exempt", "localhost")::get),
        "a name, not an address: never looked up");
  }

  @Test
  void theClientIsThePeerUnlessATrustedProxyForwardsIt() {
    Throttle direct = new Throttle(name -> null);
    assertEquals(
        "10.0.0.9", direct.clientAddress("10.0.0.9", forwarded("198.18.0.1")), "not trusted");
    assertEquals("0:0:0:0:0:0:0:1", direct.clientAddress("::1", null), "one spelling");

    Throttle proxied = new Throttle(Map.of("trustedProxies", "10.0.0.9, 10.0.0.8")::get);
    assertEquals("198.18.0.1", proxied.clientAddress("10.0.0.9", forwarded("198.18.0.1")));
    assertEquals(
        "198.18.0.2",
        proxied.clientAddress("10.0.0.9", forwarded("6.6.6.6, 198.18.0.2", "10.0.0.8")),
        "the nearest untrusted hop, not what the client wrote first");
    assertEquals(
        "10.0.0.9", proxied.clientAddress("10.0.0.9", forwarded("evil.example")), "never a name");
    assertEquals("10.0.0.9", proxied.clientAddress("10.0.0.9", null));
    assertEquals("198.18.0.3", proxied.clientAddress("198.18.0.3", forwarded("198.18.0.1")));
  }

  @Test
  void ipv6CountsByItsNetworkAndKeysAreHashed() {
    assertEquals("2001:db8:1:2::/64", Throttle.network("2001:db8:1:2:aa:bb:cc:dd"));
    assertEquals("192.0.2.1", Throttle.network("192.0.2.1"));
    ThrottleEntry.Key key = Throttle.key(Kind.LOGIN_ACCOUNT, "someone@example.org");
    assertEquals(ThrottleEntry.SUBJECT_LENGTH, key.subject().length());
    assertFalse(key.subject().contains("someone"));
    assertFalse(
        key.subject().equals(Throttle.key(Kind.SIGNUP_ACCOUNT, "someone@example.org").subject()),
        "each kind its own key");
  }

  @Test
  void theMessageSaysSecondsUnderAMinuteThenWholeMinutes() {
    assertEquals(List.of(1L, 0), List.of(TooManyAttempts.amount(1), TooManyAttempts.unit(1)));
    assertEquals(List.of(59L, 1), List.of(TooManyAttempts.amount(59), TooManyAttempts.unit(59)));
    assertEquals(List.of(1L, 2), List.of(TooManyAttempts.amount(60), TooManyAttempts.unit(60)));
    assertEquals(List.of(2L, 3), List.of(TooManyAttempts.amount(61), TooManyAttempts.unit(61)));
    assertEquals(List.of(15L, 3), List.of(TooManyAttempts.amount(900), TooManyAttempts.unit(900)));
  }

  private static java.util.Enumeration<String> forwarded(String... headers) {
    return Collections.enumeration(List.of(headers));
  }
}
