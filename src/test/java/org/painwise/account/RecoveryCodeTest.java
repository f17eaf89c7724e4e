package org.painwise.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Recovery codes: their shape, their salted hash, and how people may type them. */
class RecoveryCodeTest {

  @Test
  void aCodeIsTwelveCharactersWithoutLookAlikesInGroupsOfFour() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      String code = RecoveryCode.generate();
      assertTrue(code.matches("[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}"), code);
      assertFalse(code.matches(".*[01IOL].*"), code);
      assertTrue(RecoveryCode.looksLikeOne(code), code);
      seen.add(code);
    }
    assertEquals(200, seen.size(), "random, not repeated");
  }

  @Test
  void itMatchesAsTypedInAnyCaseWithOrWithoutDashesAndOnlyItself() {
    String code = RecoveryCode.generate();
    RecoveryCode stored = new RecoveryCode(7, code, Instant.EPOCH);
    assertTrue(stored.matches(code));
    assertTrue(stored.matches(code.toLowerCase(java.util.Locale.ROOT)));
    assertTrue(stored.matches(" " + code.replace("-", " ") + " "));
    assertTrue(stored.matches(code.replace("-", "")));
    String other = RecoveryCode.generate();
    assertNotEquals(code, other);
    assertFalse(stored.matches(other));
    assertFalse(stored.matches(""));
  }

  @Test
  void anAuthenticatorCodeDoesNotLookLikeARecoveryCode() {
    assertFalse(RecoveryCode.looksLikeOne("123456"));
    assertFalse(RecoveryCode.looksLikeOne("123 456"));
    assertFalse(RecoveryCode.looksLikeOne("ABCD-EFGH-JKM"), "too short");
    assertFalse(RecoveryCode.looksLikeOne("ABCD-EFGH-JKM0"), "0 is not in the alphabet");
    assertFalse(RecoveryCode.looksLikeOne(null));
  }
}
