package org.painwise.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Link tokens are random and long; only their hash is stored; a link expires. */
class AccountTokenTest {

  @Test
  void aTokenIsRandomUrlSafeAndStoredOnlyAsItsHash() {
    String a = AccountToken.newToken();
    String b = AccountToken.newToken();
    assertNotEquals(a, b);
    assertEquals(43, a.length());
    assertTrue(a.matches("[A-Za-z0-9_-]+"), a);
    String hash = AccountToken.hash(a);
    assertEquals(64, hash.length());
    assertTrue(hash.matches("[0-9a-f]+"));
    assertFalse(hash.contains(a));
    assertEquals(hash, AccountToken.hash(a));
  }

  @Test
  void aResetLinkWorksForAnHourAndAConfirmationForADay() {
    Instant now = Instant.parse("2026-11-28T10:00:00Z");
    AccountToken reset = new AccountToken(1, AccountToken.Purpose.RESET_PASSWORD, "h", null, now);
    assertTrue(reset.isValid(now.plus(Duration.ofMinutes(59))));
    assertFalse(reset.isValid(now.plus(Duration.ofHours(1))));
    AccountToken verify = new AccountToken(1, AccountToken.Purpose.VERIFY_EMAIL, "h", null, now);
    assertTrue(verify.isValid(now.plus(Duration.ofHours(23))));
    assertFalse(verify.isValid(now.plus(Duration.ofHours(24))));
  }
}
