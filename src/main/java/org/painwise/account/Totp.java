package org.painwise.account;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords, RFC 6238 (over HOTP, RFC 4226), with the JDK's HMAC. The sign-in
 * codes use what every authenticator app reads from an {@code otpauth://} link without options:
 * HMAC-SHA-1, 6 digits, 30-second steps from the Unix epoch; a code of the step before or after the
 * current one is taken too, for clocks that are a little off and codes typed at the turn of a step.
 * {@link #code} also makes the SHA-256 and SHA-512 codes of the RFC's test vectors.
 */
public final class Totp {

  /** The HMAC of the sign-in codes. */
  public static final String ALGORITHM = "HmacSHA1";

  /** Digits of a sign-in code. */
  public static final int DIGITS = 6;

  /** The length of one time step. */
  public static final Duration STEP = Duration.ofSeconds(30);

  /** Steps taken on either side of the current one. */
  public static final int WINDOW = 1;

  private static final int[] POWERS = {
    1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000
  };

  private Totp() {}

  /** The time step of {@code when}: whole steps since the Unix epoch (RFC 6238, T). */
  public static long step(Instant when) {
    return Math.floorDiv(when.getEpochSecond(), STEP.toSeconds());
  }

  /** The sign-in code of {@code secret} at {@code when}. */
  public static String code(byte[] secret, Instant when) {
    return code(secret, step(when), DIGITS, ALGORITHM);
  }

  /**
   * The code of one time step: HOTP (RFC 4226, section 5.3) with the step as the counter, through
   * {@code algorithm} ({@code HmacSHA1}, {@code HmacSHA256} or {@code HmacSHA512}), as {@code
   * digits} decimal digits with leading zeros.
   */
  public static String code(byte[] secret, long step, int digits, String algorithm) {
    if (digits < 1 || digits > 9) {
      throw new IllegalArgumentException("digits: 1 to 9");
    }
    byte[] hash = hmac(algorithm, secret, ByteBuffer.allocate(8).putLong(step).array());
    int offset = hash[hash.length - 1] & 0x0f;
    int binary =
        ((hash[offset] & 0x7f) << 24)
            | ((hash[offset + 1] & 0xff) << 16)
            | ((hash[offset + 2] & 0xff) << 8)
            | (hash[offset + 3] & 0xff);
    StringBuilder code = new StringBuilder(Integer.toString(binary % POWERS[digits]));
    while (code.length() < digits) {
      code.insert(0, '0');
    }
    return code.toString();
  }

  /**
   * The time step whose code {@code code} is, of the steps around {@code now} ({@link #WINDOW} each
   * side) that come after {@code usedUpTo}, earliest first; empty when none matches. Steps up to
   * {@code usedUpTo} are left out, so a code that was used once never works again. The comparison
   * takes the same time wherever the codes differ.
   */
  public static OptionalLong match(byte[] secret, String code, Instant now, long usedUpTo) {
    if (code == null || code.length() != DIGITS) {
      return OptionalLong.empty();
    }
    byte[] given = code.getBytes(StandardCharsets.US_ASCII);
    long current = step(now);
    for (long step = current - WINDOW; step <= current + WINDOW; step++) {
      if (step <= usedUpTo) {
        continue;
      }
      byte[] expected = code(secret, step, DIGITS, ALGORITHM).getBytes(StandardCharsets.US_ASCII);
      if (MessageDigest.isEqual(expected, given)) {
        return OptionalLong.of(step);
      }
    }
    return OptionalLong.empty();
  }

  /** Whether {@code code} is the code of a step around {@code now} up to {@code usedUpTo}. */
  public static boolean wasUsed(byte[] secret, String code, Instant now, long usedUpTo) {
    return match(secret, code, now, Long.MIN_VALUE).stream().anyMatch(step -> step <= usedUpTo);
  }

  private static byte[] hmac(String algorithm, byte[] key, byte[] message) {
    try {
      Mac mac = Mac.getInstance(algorithm);
      mac.init(new SecretKeySpec(key, "RAW"));
      return mac.doFinal(message);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(algorithm + " is part of every JDK", e);
    }
  }
}
