package org.painwise.clinic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import org.painwise.lesson.Module;

/**
 * A therapist's mark that a module was discussed in session with a client, with an optional note
 * the client reads. One per therapist, client and module; marking again updates the note.
 */
@Entity
@Table(name = "discussed_mark")
@NamedQuery(
    name = "DiscussedMark.findByPatient",
    query =
        "select m from DiscussedMark m join fetch m.module where m.patientId = :p"
            + " order by m.markedAt desc, m.id desc")
@NamedQuery(
    name = "DiscussedMark.findOne",
    query =
        "select m from DiscussedMark m where m.therapistId = :t and m.patientId = :p"
            + " and m.module.id = :m")
public class DiscussedMark implements Serializable, SessionMark {

  private static final long serialVersionUID = 1L;

  public static final int NOTE_MAX = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "discussed_mark_seq")
  @SequenceGenerator(
      name = "discussed_mark_seq",
      sequenceName = "discussed_mark_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "therapist_id", nullable = false)
  private long therapistId;

  @Column(name = "patient_id", nullable = false)
  private long patientId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "module_id", nullable = false)
  private Module module;

  @Column(name = "marked_at", nullable = false)
  private Instant markedAt;

  @Size(max = NOTE_MAX)
  @Column(length = NOTE_MAX)
  private String note;

  protected DiscussedMark() {}

  DiscussedMark(long therapistId, long patientId, Module module, String note, Instant markedAt) {
    this.therapistId = therapistId;
    this.patientId = patientId;
    this.module = module;
    this.note = note;
    this.markedAt = markedAt;
  }

  @Override
  public void update(String note, Instant when) {
    this.note = note;
    this.markedAt = when;
  }

  public Long getId() {
    return id;
  }

  public long getTherapistId() {
    return therapistId;
  }

  public Module getModule() {
    return module;
  }

  public Instant getMarkedAt() {
    return markedAt;
  }

  /** The note for the client, or null. */
  public String getNote() {
    return note;
  }
}
