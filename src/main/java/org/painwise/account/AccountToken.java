package org.painwise.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A one-time link of an account: a password reset, the confirmation of a new account's email, or an
 * email change. The link carries a random token; only its SHA-256 is stored, so the table gives
 * nobody a working link. A token works once (it is deleted when used), until it expires.
 */
@Entity
@Table(name = "account_token")
@NamedQuery(
    name = "AccountToken.findByHash",
    query = "select t from AccountToken t where t.tokenHash = :hash and t.purpose = :purpose")
@NamedQuery(
    name = "AccountToken.deleteOf",
    query = "delete from AccountToken t where t.accountId = :account and t.purpose in :purposes")
@NamedQuery(
    name = "AccountToken.deleteExpired",
    query = "delete from AccountToken t where t.accountId = :account and t.expiresAt < :now")
public class AccountToken {

  /** What a link does, and how long it works. */
  public enum Purpose {
    /** Sets a new password (from "forgot my password", or made by an admin). */
    RESET_PASSWORD(Duration.ofHours(1)),
    /** Confirms the email of an account made at sign-up while mail is on. */
    VERIFY_EMAIL(Duration.ofHours(24)),
    /** Confirms a new email address, which then replaces the old one. */
    CHANGE_EMAIL(Duration.ofHours(24));

    private final Duration lifetime;

    Purpose(Duration lifetime) {
      this.lifetime = lifetime;
    }

    public Duration lifetime() {
      return lifetime;
    }
  }

  private static final SecureRandom RANDOM = new SecureRandom();

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_token_seq")
  @SequenceGenerator(
      name = "account_token_seq",
      sequenceName = "account_token_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "account_id", nullable = false)
  private long accountId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Purpose purpose;

  @Column(name = "token_hash", nullable = false, unique = true, length = 64)
  private String tokenHash;

  @Column(name = "new_email", length = Account.EMAIL_MAX)
  private String newEmail;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  protected AccountToken() {}

  AccountToken(long accountId, Purpose purpose, String tokenHash, String newEmail, Instant now) {
    this.accountId = accountId;
    this.purpose = purpose;
    this.tokenHash = tokenHash;
    this.newEmail = newEmail;
    this.createdAt = now;
    this.expiresAt = now.plus(purpose.lifetime());
  }

  /** A new random token for a link: 32 bytes, URL-safe Base64 (43 characters). */
  static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** What is stored for a token: its SHA-256, in hex. */
  static String hash(String token) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  public Long getId() {
    return id;
  }

  public long getAccountId() {
    return accountId;
  }

  public Purpose getPurpose() {
    return purpose;
  }

  public String getNewEmail() {
    return newEmail;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  /** Whether the link still works at {@code now}. */
  public boolean isValid(Instant now) {
    return now.isBefore(expiresAt);
  }
}
