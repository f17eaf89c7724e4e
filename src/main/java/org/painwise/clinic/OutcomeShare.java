package org.painwise.clinic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A patient's consent: one kind of their outcome data shared with one therapist, while {@code
 * withdrawnAt} is null. A withdrawn share stays as a record of when consent was given and taken
 * back.
 */
@Entity
@Table(name = "outcome_share")
public class OutcomeShare {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outcome_share_seq")
  @SequenceGenerator(
      name = "outcome_share_seq",
      sequenceName = "outcome_share_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "patient_id", nullable = false)
  private long patientId;

  @Column(name = "therapist_id", nullable = false)
  private long therapistId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ShareKind kind;

  @Column(name = "shared_at", nullable = false)
  private Instant sharedAt;

  @Column(name = "withdrawn_at")
  private Instant withdrawnAt;

  protected OutcomeShare() {}

  OutcomeShare(long patientId, long therapistId, ShareKind kind, Instant sharedAt) {
    this.patientId = patientId;
    this.therapistId = therapistId;
    this.kind = kind;
    this.sharedAt = sharedAt;
  }

  public long getTherapistId() {
    return therapistId;
  }

  public ShareKind getKind() {
    return kind;
  }

  public Instant getSharedAt() {
    return sharedAt;
  }

  void withdraw(Instant when) {
    this.withdrawnAt = when;
  }
}
