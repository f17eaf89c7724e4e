package org.painwise.account;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keeps two-step secrets encrypted in the database when a key is configured: AES-GCM with a fresh
 * 96-bit nonce per secret, the account id as associated data (a secret copied to another account's
 * row does not decrypt there). The key is {@code painwise.twoStep.key} (system property) or {@code
 * PAINWISE_TWO_STEP_KEY} (environment), the Base64 of 16, 24 or 32 random bytes ({@code openssl
 * rand -base64 32}). Without a key, secrets are stored as Base32 text and the log says so once.
 *
 * <p>Stored forms: {@code aes-gcm:BASE64(nonce || ciphertext || tag)} or {@code plain:BASE32}.
 * Either is read whatever the setting, except that an encrypted secret needs the key: without it
 * the sign-in of that account fails with an error in the log, never silently.
 */
@ApplicationScoped
public class SecretCipher {

  private static final Logger LOG = Logger.getLogger(SecretCipher.class.getName());
  private static final String ENCRYPTED = "aes-gcm:";
  private static final String PLAIN = "plain:";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Optional<SecretKey> key;
  private volatile boolean warned;

  public SecretCipher() {
    this(SecretCipher::setting);
  }

  /** Reads the key through {@code settings} ({@code painwise.twoStep.key}). */
  SecretCipher(Function<String, String> settings) {
    this.key = key(settings.apply("painwise.twoStep.key"));
  }

  /** Whether secrets are encrypted when stored. */
  public boolean encrypts() {
    return key.isPresent();
  }

  /** The stored form of {@code secret} for the account {@code accountId}. */
  public String seal(long accountId, byte[] secret) {
    if (key.isEmpty()) {
      if (!warned) {
        warned = true;
        LOG.warning(
            "Two-step secrets are stored without encryption: set painwise.twoStep.key"
                + " (or PAINWISE_TWO_STEP_KEY) to the Base64 of 32 random bytes.");
      }
      return PLAIN + Base32.encodeUnpadded(secret);
    }
    try {
      byte[] nonce = new byte[NONCE_BYTES];
      RANDOM.nextBytes(nonce);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key.get(), new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(associated(accountId));
      byte[] sealed = cipher.doFinal(secret);
      byte[] stored =
          ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
      return ENCRYPTED + Base64.getEncoder().encodeToString(stored);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is part of every JDK", e);
    }
  }

  /**
   * The secret of a stored form.
   *
   * @throws IllegalStateException when it is encrypted and no key (or another key) is configured
   */
  public byte[] open(long accountId, String stored) {
    if (stored.startsWith(PLAIN)) {
      return Base32.decode(stored.substring(PLAIN.length()));
    }
    if (!stored.startsWith(ENCRYPTED)) {
      throw new IllegalStateException("Unknown form of a two-step secret, account " + accountId);
    }
    if (key.isEmpty()) {
      throw new IllegalStateException(
          "The two-step secret of account "
              + accountId
              + " is encrypted, and painwise.twoStep.key is not set");
    }
    byte[] data = Base64.getDecoder().decode(stored.substring(ENCRYPTED.length()));
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.DECRYPT_MODE, key.get(), new GCMParameterSpec(TAG_BITS, data, 0, NONCE_BYTES));
      cipher.updateAAD(associated(accountId));
      return cipher.doFinal(data, NONCE_BYTES, data.length - NONCE_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "The two-step secret of account "
              + accountId
              + " does not decrypt with painwise.twoStep.key (another key?)",
          e);
    }
  }

  private static byte[] associated(long accountId) {
    return ("painwise two-step secret, account " + accountId).getBytes(StandardCharsets.UTF_8);
  }

  private static Optional<SecretKey> key(String base64) {
    if (base64 == null || base64.isBlank()) {
      return Optional.empty();
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(base64.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("painwise.twoStep.key is not Base64", e);
    }
    if (bytes.length != 16 && bytes.length != 24 && bytes.length != 32) {
      throw new IllegalStateException(
          "painwise.twoStep.key must be 16, 24 or 32 bytes, not " + bytes.length);
    }
    return Optional.of(new SecretKeySpec(bytes, "AES"));
  }

  /** A system property, else its environment variable ({@code PAINWISE_TWO_STEP_KEY}). */
  private static String setting(String property) {
    String value = System.getProperty(property);
    if (value != null && !value.isBlank()) {
      return value;
    }
    return System.getenv(
        property.replace("twoStep", "two_step").replace('.', '_').toUpperCase(Locale.ROOT));
  }
}
