package org.painwise.clinic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A therapist follows a patient while the link is active. */
@Entity
@Table(name = "care_link")
public class CareLink {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "care_link_seq")
  @SequenceGenerator(name = "care_link_seq", sequenceName = "care_link_seq", allocationSize = 50)
  private Long id;

  @Column(name = "therapist_id", nullable = false)
  private long therapistId;

  @Column(name = "patient_id", nullable = false)
  private long patientId;

  @Column(name = "linked_at", nullable = false)
  private Instant linkedAt;

  @Column(name = "unlinked_at")
  private Instant unlinkedAt;

  protected CareLink() {}

  CareLink(long therapistId, long patientId, Instant linkedAt) {
    this.therapistId = therapistId;
    this.patientId = patientId;
    this.linkedAt = linkedAt;
  }

  public Long getId() {
    return id;
  }

  public long getTherapistId() {
    return therapistId;
  }

  public long getPatientId() {
    return patientId;
  }

  public Instant getLinkedAt() {
    return linkedAt;
  }

  public Instant getUnlinkedAt() {
    return unlinkedAt;
  }

  void unlink(Instant when) {
    this.unlinkedAt = when;
  }
}
