package org.painwise.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One throttled key: a kind (sign-in per account, per address…) and a hashed subject. */
@Entity
@Table(name = "throttle")
@IdClass(ThrottleEntry.Key.class)
@NamedQuery(
    name = "ThrottleEntry.find",
    query = "SELECT t FROM ThrottleEntry t WHERE t.kind IN :kinds AND t.subject IN :subjects")
@NamedQuery(
    name = "ThrottleEntry.deleteStale",
    query =
        "DELETE FROM ThrottleEntry t WHERE t.windowStart < :before"
            + " AND (t.blockedUntil IS NULL OR t.blockedUntil < :now)")
public class ThrottleEntry {

  /** What is counted. */
  public enum Kind {
    /** Failed sign-ins for one email, known or not. */
    LOGIN_ACCOUNT,
    /** Failed sign-ins from one client address. */
    LOGIN_ADDRESS,
    /** Refused sign-ups (email already used) for one email. */
    SIGNUP_ACCOUNT,
    /** Every sign-up from one client address. */
    SIGNUP_ADDRESS,
    /**
     * Every request that may email one address without a sign-in (a password reset, a new
     * confirmation link), whether an account has it or not.
     */
    MAIL_ACCOUNT,
    /** Every such request from one client address. */
    MAIL_ADDRESS,
    /** Wrong or reused second-step codes (authenticator or recovery) for one account. */
    CODE_ACCOUNT
  }

  /** The primary key: kind and subject. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    private Kind kind;
    private String subject;

    public Key() {}

    public Key(Kind kind, String subject) {
      this.kind = kind;
      this.subject = subject;
    }

    public Kind kind() {
      return kind;
    }

    public String subject() {
      return subject;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && kind == k.kind && Objects.equals(subject, k.subject);
    }

    @Override
    public int hashCode() {
      return Objects.hash(kind, subject);
    }
  }

  /** A SHA-256 in hex: no email or address is stored in clear. */
  public static final int SUBJECT_LENGTH = 64;

  @Id
  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private Kind kind;

  @Id
  @Column(length = SUBJECT_LENGTH)
  private String subject;

  @Column(nullable = false)
  private int failures;

  @Column(name = "window_start", nullable = false)
  private Instant windowStart;

  @Column(name = "blocked_until")
  private Instant blockedUntil;

  protected ThrottleEntry() {}

  ThrottleEntry(Kind kind, String subject) {
    this.kind = kind;
    this.subject = subject;
  }

  public Kind getKind() {
    return kind;
  }

  public String getSubject() {
    return subject;
  }

  ThrottlePolicy.Count count() {
    return new ThrottlePolicy.Count(failures, windowStart, blockedUntil);
  }

  void count(ThrottlePolicy.Count count) {
    this.failures = count.failures();
    this.windowStart = count.windowStart();
    this.blockedUntil = count.blockedUntil();
  }
}
