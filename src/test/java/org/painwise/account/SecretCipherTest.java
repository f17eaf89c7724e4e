package org.painwise.account;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Two-step secrets at rest: encrypted with a configured key, plain Base32 without one. */
class SecretCipherTest {

  private static final byte[] SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
  private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
  private static final String OTHER_KEY =
      Base64.getEncoder().encodeToString("another key of thirty-two bytes!".getBytes());

  private static SecretCipher with(String key) {
    return new SecretCipher(Map.of("painwise.twoStep.key", key)::get);
  }

  private static SecretCipher withoutKey() {
    return new SecretCipher(name -> null);
  }

  @Test
  void withAKeyTheSecretIsEncryptedAndComesBack() {
    SecretCipher cipher = with(KEY);
    String stored = cipher.seal(7, SECRET);
    assertTrue(cipher.encrypts());
    assertTrue(stored.startsWith("aes-gcm:"), stored);
    assertFalse(stored.contains(Base32.encodeUnpadded(SECRET)), "no clear text");
    assertNotEquals(stored, cipher.seal(7, SECRET), "a fresh nonce each time");
    assertArrayEquals(SECRET, cipher.open(7, stored));
  }

  @Test
  void anEncryptedSecretOpensOnlyForItsAccountAndKey() {
    String stored = with(KEY).seal(7, SECRET);
    assertThrows(IllegalStateException.class, () -> with(KEY).open(8, stored), "another row");
    assertThrows(IllegalStateException.class, () -> with(OTHER_KEY).open(7, stored));
    assertThrows(IllegalStateException.class, () -> withoutKey().open(7, stored));
  }

  @Test
  void withoutAKeyTheSecretIsPlainBase32AndStillReadableOnceAKeyIsSet() {
    String stored = withoutKey().seal(7, SECRET);
    assertTrue(stored.startsWith("plain:"), stored);
    assertArrayEquals(SECRET, withoutKey().open(7, stored));
    assertArrayEquals(SECRET, with(KEY).open(7, stored));
  }

  @Test
  void aMalformedKeyStopsAtOnce() {
    assertThrows(IllegalStateException.class, () -> with("not base64 !"));
    assertThrows(
        IllegalStateException.class, () -> with(Base64.getEncoder().encodeToString(new byte[10])));
  }
}
