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
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.painwise.config.Languages;

/** A person who signs in: a patient, a therapist, an educator or an admin. */
@Entity
@Table(name = "account")
@NamedQuery(name = "Account.findByEmail", query = "select a from Account a where a.email = :email")
@NamedQuery(
    name = "Account.securityStamp",
    query = "select a.id, a.securityStamp from Account a where a.email = :email")
public class Account implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final int EMAIL_MAX = 254;
  public static final int NAME_MAX = 80;
  public static final int PASSWORD_MIN = 8;
  public static final int PASSWORD_MAX = 128;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
  @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
  private Long id;

  @NotBlank
  @Email
  @Size(max = EMAIL_MAX)
  @Column(nullable = false, unique = true, length = EMAIL_MAX)
  private String email;

  @NotBlank
  @Size(max = NAME_MAX)
  @Column(name = "display_name", nullable = false, length = NAME_MAX)
  private String displayName;

  @Column(name = "password_hash", nullable = false, length = 255)
  private String passwordHash;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Role role = Role.PATIENT;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt = Instant.now();

  /**
   * Raised whenever what the account may do changes (its role): open sessions that were signed in
   * with another stamp are signed out on their next request.
   */
  @Column(name = "security_stamp", nullable = false)
  private int securityStamp;

  /**
   * The language this person chose for pages and emails ({@code en}, {@code fr}); null: pages
   * follow the browser, emails are in English.
   */
  @Size(max = Languages.TAG_MAX)
  @Column(length = Languages.TAG_MAX)
  private String language;

  /**
   * Whether the email is confirmed. Only sign-up with mail on makes an unconfirmed account, which
   * cannot sign in until its link is opened.
   */
  @Column(name = "email_verified", nullable = false)
  private boolean emailVerified = true;

  @Version private long version;

  /** Emails are compared without case and surrounding spaces. */
  public static String normaliseEmail(String email) {
    return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
  }

  public Long getId() {
    return id;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = normaliseEmail(email);
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName == null ? null : displayName.strip();
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  void setPasswordHash(String passwordHash) {
    this.passwordHash = passwordHash;
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }

  public int getSecurityStamp() {
    return securityStamp;
  }

  /** Signs out every open session of this account, on its next request. */
  void revokeSessions() {
    securityStamp++;
  }

  /** The chosen language tag, or null. */
  public String getLanguage() {
    return language;
  }

  void setLanguage(String language) {
    this.language = language;
  }

  /** The chosen language, if any. */
  public Optional<Locale> locale() {
    return Languages.of(language);
  }

  public boolean isEmailVerified() {
    return emailVerified;
  }

  void setEmailVerified(boolean emailVerified) {
    this.emailVerified = emailVerified;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public long getVersion() {
    return version;
  }
}
