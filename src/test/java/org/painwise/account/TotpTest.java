package org.painwise.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * TOTP against the test vectors of RFC 6238 (Appendix B) and HOTP against RFC 4226 (Appendix D).
 */
class TotpTest {

  /** The RFC's seeds: "12345678901234567890" repeated to 20, 32 and 64 bytes. */
  private static byte[] seed(int length) {
    String digits = "1234567890".repeat(7).substring(0, length);
    return digits.getBytes(StandardCharsets.US_ASCII);
  }

  private static final byte[] SHA1_SEED = seed(20);

  @ParameterizedTest(name = "{0} s, {2}: {1}")
  @CsvSource({
    "59, 94287082, HmacSHA1, 20",
    "59, 46119246, HmacSHA256, 32",
    "59, 90693936, HmacSHA512, 64",
    "1111111109, 07081804, HmacSHA1, 20",
    "1111111109, 68084774, HmacSHA256, 32",
    "1111111109, 25091201, HmacSHA512, 64",
    "1111111111, 14050471, HmacSHA1, 20",
    "1111111111, 67062674, HmacSHA256, 32",
    "1111111111, 99943326, HmacSHA512, 64",
    "1234567890, 89005924, HmacSHA1, 20",
    "1234567890, 91819424, HmacSHA256, 32",
    "1234567890, 93441116, HmacSHA512, 64",
    "2000000000, 69279037, HmacSHA1, 20",
    "2000000000, 90698825, HmacSHA256, 32",
    "2000000000, 38618901, HmacSHA512, 64",
    "20000000000, 65353130, HmacSHA1, 20",
    "20000000000, 77737706, HmacSHA256, 32",
    "20000000000, 47863826, HmacSHA512, 64"
  })
  void rfc6238TestVectors(long seconds, String expected, String algorithm, int seedLength) {
    long step = Totp.step(Instant.ofEpochSecond(seconds));
    assertEquals(expected, Totp.code(seed(seedLength), step, 8, algorithm));
  }

  @ParameterizedTest(name = "count {0}: {1}")
  @CsvSource({
    "0, 755224", "1, 287082", "2, 359152", "3, 969429", "4, 338314",
    "5, 254676", "6, 287922", "7, 162583", "8, 399871", "9, 520489"
  })
  void rfc4226HotpTestVectors(long counter, String expected) {
    assertEquals(expected, Totp.code(SHA1_SEED, counter, 6, "HmacSHA1"));
  }

  @Test
  void theSignInCodeIsSixDigitsOfSha1InThirtySecondSteps() {
    // RFC 6238 at 59 s is 94287082 in 8 digits; the same HOTP value in 6 digits is its last six.
    assertEquals("287082", Totp.code(SHA1_SEED, Instant.ofEpochSecond(59)));
    assertEquals(1, Totp.step(Instant.ofEpochSecond(59)));
    assertEquals(0, Totp.step(Instant.ofEpochSecond(29)));
    assertEquals(1, Totp.step(Instant.ofEpochSecond(30)));
  }

  @Test
  void aCodeOfTheStepBeforeOrAfterIsTakenButNotFurther() {
    Instant now = Instant.ofEpochSecond(1_111_111_111L);
    long step = Totp.step(now);
    for (int offset = -1; offset <= 1; offset++) {
      String code = Totp.code(SHA1_SEED, step + offset, 6, Totp.ALGORITHM);
      assertEquals(OptionalLong.of(step + offset), Totp.match(SHA1_SEED, code, now, -1));
    }
    for (int offset : new int[] {-3, -2, 2, 3}) {
      String code = Totp.code(SHA1_SEED, step + offset, 6, Totp.ALGORITHM);
      assertTrue(Totp.match(SHA1_SEED, code, now, -1).isEmpty(), "offset " + offset);
    }
  }

  @Test
  void aStepAlreadyUsedIsRefusedAndSaidSo() {
    Instant now = Instant.ofEpochSecond(1_234_567_890L);
    long step = Totp.step(now);
    String code = Totp.code(SHA1_SEED, now);
    assertEquals(OptionalLong.of(step), Totp.match(SHA1_SEED, code, now, step - 1));
    assertTrue(Totp.match(SHA1_SEED, code, now, step).isEmpty(), "used once: refused");
    assertTrue(Totp.wasUsed(SHA1_SEED, code, now, step));
    String previous = Totp.code(SHA1_SEED, step - 1, 6, Totp.ALGORITHM);
    assertTrue(
        Totp.match(SHA1_SEED, previous, now, step).isEmpty(),
        "an older step after a newer one was used: refused");
    String next = Totp.code(SHA1_SEED, step + 1, 6, Totp.ALGORITHM);
    assertEquals(OptionalLong.of(step + 1), Totp.match(SHA1_SEED, next, now, step));
  }

  @Test
  void wrongShapesNeverMatch() {
    Instant now = Instant.ofEpochSecond(59);
    assertTrue(Totp.match(SHA1_SEED, null, now, -1).isEmpty());
    assertTrue(Totp.match(SHA1_SEED, "", now, -1).isEmpty());
    assertTrue(Totp.match(SHA1_SEED, "94287082", now, -1).isEmpty(), "8 digits");
    assertTrue(Totp.match(SHA1_SEED, "28708", now, -1).isEmpty(), "5 digits");
    assertFalse(Totp.wasUsed(SHA1_SEED, "000000", now, 100));
  }
}
