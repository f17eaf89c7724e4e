package org.painwise.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * PBKDF2 password hashing through Jakarta Security's {@link Pbkdf2PasswordHash}. The stored hash
 * carries its own algorithm, iterations and salt, so the cost can be raised later without breaking
 * old hashes. The iteration count can be lowered for a benchmark data set with the system property
 * {@code painwise.password.iterations}.
 */
@ApplicationScoped
public class PasswordHasher {

  static final int DEFAULT_ITERATIONS = 210_000;

  @Inject private Pbkdf2PasswordHash hash;

  /** A hash of a random password, verified when the email is unknown so timing leaks nothing. */
  private String decoy;

  @PostConstruct
  void init() {
    String iterations =
        System.getProperty("painwise.password.iterations", String.valueOf(DEFAULT_ITERATIONS));
    hash.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", iterations,
            "Pbkdf2PasswordHash.SaltSizeBytes", "16",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    decoy = hash.generate("decoy-password-never-used".toCharArray());
  }

  public String hash(String password) {
    return hash.generate(password.toCharArray());
  }

  public boolean verify(String password, String storedHash) {
    return hash.verify(password.toCharArray(), storedHash);
  }

  /** Spends the same time as a real check, for unknown emails. */
  public void verifyDecoy(String password) {
    hash.verify(password.toCharArray(), decoy);
  }
}
