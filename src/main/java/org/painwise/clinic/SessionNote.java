package org.painwise.clinic;

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
import java.io.Serializable;
import java.time.Instant;

/**
 * A patient's note before or after a session with a touch therapist: a 0–10 scale (tension before,
 * how the body feels after) and optional words (hopes before, what to try at home after).
 */
@Entity
@Table(name = "session_note")
@NamedQuery(
    name = "SessionNote.findByPatient",
    query = "select n from SessionNote n where n.patientId = :p order by n.writtenAt, n.id")
public class SessionNote implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "session_note_seq")
  @SequenceGenerator(
      name = "session_note_seq",
      sequenceName = "session_note_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "patient_id", nullable = false)
  private long patientId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private SessionStage stage;

  @Column(name = "written_at", nullable = false)
  private Instant writtenAt;

  @Column(nullable = false)
  private int scale;

  @Column(length = SessionDraft.WORDS_MAX)
  private String words;

  protected SessionNote() {}

  SessionNote(long patientId, SessionStage stage, int scale, String words, Instant writtenAt) {
    this.patientId = patientId;
    this.stage = stage;
    this.scale = scale;
    this.words = words;
    this.writtenAt = writtenAt;
  }

  public Long getId() {
    return id;
  }

  public SessionStage getStage() {
    return stage;
  }

  public Instant getWrittenAt() {
    return writtenAt;
  }

  public int getScale() {
    return scale;
  }

  /** The patient's words, or null when they wrote none. */
  public String getWords() {
    return words;
  }
}
