package org.painwise.clinic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;

/**
 * A therapist's mark that a client's journal item was discussed in session, with an optional note
 * the client reads on their journal page. One per therapist and item; marking again updates it.
 */
@Entity
@Table(name = "journal_discussed")
@NamedQuery(
    name = "JournalDiscussedMark.findByPatient",
    query =
        "select m from JournalDiscussedMark m where m.patientId = :p"
            + " order by m.markedAt desc, m.id desc")
@NamedQuery(
    name = "JournalDiscussedMark.findOne",
    query = "select m from JournalDiscussedMark m where m.therapistId = :t and m.itemId = :i")
public class JournalDiscussedMark implements Serializable, SessionMark {

  private static final long serialVersionUID = 1L;

  public static final int NOTE_MAX = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "journal_discussed_seq")
  @SequenceGenerator(
      name = "journal_discussed_seq",
      sequenceName = "journal_discussed_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "therapist_id", nullable = false)
  private long therapistId;

  @Column(name = "patient_id", nullable = false)
  private long patientId;

  @Column(name = "item_id", nullable = false)
  private long itemId;

  @Column(name = "marked_at", nullable = false)
  private Instant markedAt;

  @Size(max = NOTE_MAX)
  @Column(length = NOTE_MAX)
  private String note;

  protected JournalDiscussedMark() {}

  JournalDiscussedMark(long therapistId, long patientId, long itemId, String note, Instant at) {
    this.therapistId = therapistId;
    this.patientId = patientId;
    this.itemId = itemId;
    this.note = note;
    this.markedAt = at;
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

  public long getItemId() {
    return itemId;
  }

  public Instant getMarkedAt() {
    return markedAt;
  }

  /** The note for the client, or null. */
  public String getNote() {
    return note;
  }
}
