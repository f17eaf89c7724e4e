package org.painwise.clinic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A one-time code a therapist gives a client, valid until it expires, is used or revoked. */
@Entity
@Table(name = "invitation")
public class Invitation implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  /** What an invitation is now. */
  public enum Status {
    OPEN,
    USED,
    EXPIRED,
    REVOKED
  }

  public static final int DEFAULT_DAYS = 14;
  public static final int MAX_DAYS = 90;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invitation_seq")
  @SequenceGenerator(name = "invitation_seq", sequenceName = "invitation_seq", allocationSize = 50)
  private Long id;

  @Column(name = "therapist_id", nullable = false)
  private long therapistId;

  @Column(nullable = false, unique = true, length = 16)
  private String code;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  @Column(name = "used_by")
  private Long usedBy;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Version private long version;

  protected Invitation() {}

  Invitation(long therapistId, String code, Instant createdAt, Instant expiresAt) {
    this.therapistId = therapistId;
    this.code = code;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  public Status status(Instant now) {
    if (revokedAt != null) {
      return Status.REVOKED;
    }
    if (usedAt != null) {
      return Status.USED;
    }
    return now.isAfter(expiresAt) ? Status.EXPIRED : Status.OPEN;
  }

  void use(long patientId, Instant when) {
    this.usedBy = patientId;
    this.usedAt = when;
  }

  void revoke(Instant when) {
    this.revokedAt = when;
  }

  public Long getId() {
    return id;
  }

  public long getTherapistId() {
    return therapistId;
  }

  public String getCode() {
    return code;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getUsedAt() {
    return usedAt;
  }
}
