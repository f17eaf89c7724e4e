package org.painwise.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/**
 * One recovery code of an account, kept only as a salted SHA-256 hash: it signs in once in place of
 * an authenticator code. A code has 12 characters of an alphabet without look-alikes (about 59 bits
 * of chance), so a plain salted hash is enough; each guess at sign-in is throttled.
 */
@Entity
@Table(name = "recovery_code")
@NamedQuery(
    name = "RecoveryCode.unused",
    query = "select r from RecoveryCode r where r.accountId = :account and r.usedAt is null")
@NamedQuery(
    name = "RecoveryCode.countUnused",
    query = "select count(r) from RecoveryCode r where r.accountId = :account and r.usedAt is null")
@NamedQuery(
    name = "RecoveryCode.use",
    query = "update RecoveryCode r set r.usedAt = :now where r.id = :id and r.usedAt is null")
@NamedQuery(
    name = "RecoveryCode.deleteAll",
    query = "delete from RecoveryCode r where r.accountId = :account")
public class RecoveryCode {

  /** How many codes an account gets at a time. */
  public static final int COUNT = 10;

  /** Letters and digits that cannot be mistaken for each other when read or written down. */
  private static final char[] CHARS = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();

  private static final int LENGTH = 12;
  private static final int GROUP = 4;
  private static final SecureRandom RANDOM = new SecureRandom();

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "recovery_code_seq")
  @SequenceGenerator(
      name = "recovery_code_seq",
      sequenceName = "recovery_code_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "account_id", nullable = false)
  private long accountId;

  /** {@code BASE64(salt):HEX(SHA-256(salt || code))}. */
  @Column(name = "code_hash", nullable = false, length = 100)
  private String codeHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected RecoveryCode() {}

  RecoveryCode(long accountId, String code, Instant createdAt) {
    this.accountId = accountId;
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    this.codeHash = Base64.getEncoder().encodeToString(salt) + ":" + hash(salt, normalise(code));
    this.createdAt = createdAt;
  }

  Long getId() {
    return id;
  }

  /** Whether {@code code} (as typed: any case, spaces and dashes) is this one. */
  boolean matches(String code) {
    int colon = codeHash.indexOf(':');
    byte[] salt = Base64.getDecoder().decode(codeHash.substring(0, colon));
    byte[] expected = codeHash.substring(colon + 1).getBytes(StandardCharsets.US_ASCII);
    byte[] given = hash(salt, normalise(code)).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, given);
  }

  /** A new random code as it is shown: {@code ABCD-EFGH-JKMN}. */
  static String generate() {
    StringBuilder code = new StringBuilder(LENGTH + LENGTH / GROUP);
    for (int i = 0; i < LENGTH; i++) {
      if (i > 0 && i % GROUP == 0) {
        code.append('-');
      }
      code.append(CHARS[RANDOM.nextInt(CHARS.length)]);
    }
    return code.toString();
  }

  /** Whether {@code typed} has the shape of a recovery code (not of an authenticator code). */
  static boolean looksLikeOne(String typed) {
    String clean = normalise(typed);
    if (clean.length() != LENGTH) {
      return false;
    }
    for (char c : clean.toCharArray()) {
      if (new String(CHARS).indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  static String normalise(String code) {
    return code == null
        ? ""
        : code.replace(" ", "").replace("-", "").strip().toUpperCase(Locale.ROOT);
  }

  private static String hash(byte[] salt, String code) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(salt);
      return HexFormat.of().formatHex(sha.digest(code.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
