package org.painwise.clinic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An in-app notice for one user: a new assignment, a reminder before or after a due date, or (for a
 * therapist) a client who ended the link. A notice about another account goes when that account is
 * deleted.
 */
@Entity
@Table(name = "notice")
public class Notice implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  /** Kinds of notice; also the kinds of reminder. */
  public enum Kind {
    ASSIGNED,
    DUE_SOON,
    OVERDUE,
    /** A red flag in a check-in of a client who shares check-ins with the therapist. */
    RED_FLAG,
    /** To a therapist: a client ended the link (the text is the client's name). */
    UNLINKED,
    /** To a patient: a booster became due (the text is the module's title). */
    BOOSTER_DUE,
    /** To a patient who asked for it: the daily reminder to check in. */
    CHECKIN
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notice_seq")
  @SequenceGenerator(name = "notice_seq", sequenceName = "notice_seq", allocationSize = 50)
  private Long id;

  @Column(name = "account_id", nullable = false)
  private long accountId;

  @Column(nullable = false, length = 30)
  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  private Kind kind;

  @Column(name = "assignment_id")
  private Long assignmentId;

  /** The patient a therapist's notice is about (a red flag), or null. */
  @Column(name = "patient_id")
  private Long patientId;

  /** The account the notice is about, when it is about someone (a client who unlinked). */
  @Column(name = "about_account_id")
  private Long aboutAccountId;

  /** The module title the notice is about; the sentence around it comes from the bundle. */
  @Column(nullable = false, length = 500)
  private String text;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "read_at")
  private Instant readAt;

  protected Notice() {}

  Notice(long accountId, Kind kind, Long assignmentId, String text, Instant createdAt) {
    this(accountId, kind, assignmentId, null, text, createdAt);
  }

  Notice(
      long accountId,
      Kind kind,
      Long assignmentId,
      Long aboutAccountId,
      String text,
      Instant createdAt) {
    this.accountId = accountId;
    this.kind = kind;
    this.assignmentId = assignmentId;
    this.aboutAccountId = aboutAccountId;
    this.text = text;
    this.createdAt = createdAt;
  }

  Notice(long accountId, long patientId, Kind kind, String text, Instant createdAt) {
    this(accountId, kind, null, patientId, text, createdAt);
    this.patientId = patientId;
  }

  /** The assignment this notice is about (assigned, due soon, overdue), or null. */
  public Long getAssignmentId() {
    return assignmentId;
  }

  public Long getPatientId() {
    return patientId;
  }

  public Long getId() {
    return id;
  }

  public Kind getKind() {
    return kind;
  }

  public String getText() {
    return text;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getReadAt() {
    return readAt;
  }

  void markRead(Instant when) {
    this.readAt = when;
  }
}
