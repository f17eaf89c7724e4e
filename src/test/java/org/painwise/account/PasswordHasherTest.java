package org.painwise.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The cost that real passwords get: 210,000 PBKDF2-HMAC-SHA256 iterations, a 16-byte salt and a
 * 32-byte key, unless {@code painwise.password.iterations} says otherwise. The test servers set
 * that property to 1,024 (they sign up hundreds of accounts), so this is where the production
 * default is pinned.
 */
class PasswordHasherTest {

  private static final String PROPERTY = "painwise.password.iterations";

  @AfterEach
  void clearProperty() {
    System.clearProperty(PROPERTY);
  }

  @Test
  void realPasswordsGet210000IterationsOfPbkdf2WithHmacSha256() throws Exception {
    System.clearProperty(PROPERTY);
    Map<String, String> parameters = initialisedWith();
    assertEquals("210000", parameters.get("Pbkdf2PasswordHash.Iterations"));
    assertEquals("PBKDF2WithHmacSHA256", parameters.get("Pbkdf2PasswordHash.Algorithm"));
    assertEquals("16", parameters.get("Pbkdf2PasswordHash.SaltSizeBytes"));
    assertEquals("32", parameters.get("Pbkdf2PasswordHash.KeySizeBytes"));
  }

  @Test
  void thePropertyLowersTheCostForTestAndBenchmarkServers() throws Exception {
    System.setProperty(PROPERTY, "1024");
    assertEquals("1024", initialisedWith().get("Pbkdf2PasswordHash.Iterations"));
  }

  /** Starts a hasher over a stand-in hash and returns the parameters it was given. */
  private static Map<String, String> initialisedWith() throws Exception {
    Map<String, String> seen = new HashMap<>();
    Pbkdf2PasswordHash standIn =
        new Pbkdf2PasswordHash() {
          @Override
          public void initialize(Map<String, String> parameters) {
            seen.putAll(parameters);
          }

          @Override
          public String generate(char[] password) {
            return "hash";
          }

          @Override
          public boolean verify(char[] password, String hashedPassword) {
            return false;
          }
        };
    PasswordHasher hasher = new PasswordHasher();
    Field field = PasswordHasher.class.getDeclaredField("hash");
    field.setAccessible(true);
    field.set(hasher, standIn);
    hasher.init();
    return seen;
  }
}
