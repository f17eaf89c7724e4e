package org.painwise.clinic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.painwise.lesson.Module;

/** A module a therapist asked a client to read by a date, with a personal note. */
@Entity
@Table(name = "assignment")
public class Assignment implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  public static final int NOTE_MAX = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assignment_seq")
  @SequenceGenerator(name = "assignment_seq", sequenceName = "assignment_seq", allocationSize = 50)
  private Long id;

  @Column(name = "therapist_id", nullable = false)
  private long therapistId;

  @Column(name = "patient_id", nullable = false)
  private long patientId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "module_id", nullable = false)
  private Module module;

  @NotNull
  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @NotNull
  @Size(max = NOTE_MAX)
  @Column(nullable = false, length = NOTE_MAX)
  private String note = "";

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "withdrawn_at")
  private Instant withdrawnAt;

  @Version private long version;

  protected Assignment() {}

  Assignment(
      long therapistId,
      long patientId,
      Module module,
      LocalDate dueOn,
      String note,
      Instant createdAt) {
    this.therapistId = therapistId;
    this.patientId = patientId;
    this.module = module;
    this.dueOn = dueOn;
    this.note = note == null ? "" : note.strip();
    this.createdAt = createdAt;
  }

  public boolean isOverdue(LocalDate today, boolean completed) {
    return withdrawnAt == null && !completed && dueOn.isBefore(today);
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

  public Module getModule() {
    return module;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  void setDueOn(LocalDate dueOn) {
    this.dueOn = dueOn;
  }

  public String getNote() {
    return note;
  }

  void setNote(String note) {
    this.note = note == null ? "" : note.strip();
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getWithdrawnAt() {
    return withdrawnAt;
  }

  void withdraw(Instant when) {
    this.withdrawnAt = when;
  }

  public long getVersion() {
    return version;
  }
}
