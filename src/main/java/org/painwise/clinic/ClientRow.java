package org.painwise.clinic;

import java.io.Serializable;
import java.time.Instant;
import org.painwise.outcome.MeaningfulChange;

/** One row of a therapist's client table. The getters are for EL 5, which cannot read records. */
public record ClientRow(
    long patientId,
    String name,
    String email,
    long assigned,
    long completed,
    long overdue,
    Instant lastActivity,
    Integer latestScore,
    Integer latestPain,
    MeaningfulChange painChange,
    long redFlags)
    implements Serializable {

  /** Latest pain (0-10) of a client who shares check-ins, or null. */
  public Integer getLatestPain() {
    return latestPain;
  }

  /** Change of pain against the first week's mean, or null without shared check-ins. */
  public MeaningfulChange getPainChange() {
    return painChange;
  }

  /** Red flags of shared check-ins this therapist has not seen yet. */
  public long getRedFlags() {
    return redFlags;
  }

  public long getPatientId() {
    return patientId;
  }

  public String getName() {
    return name;
  }

  public String getEmail() {
    return email;
  }

  public long getAssigned() {
    return assigned;
  }

  public long getCompleted() {
    return completed;
  }

  public long getOverdue() {
    return overdue;
  }

  public Instant getLastActivity() {
    return lastActivity;
  }

  public Integer getLatestScore() {
    return latestScore;
  }
}
