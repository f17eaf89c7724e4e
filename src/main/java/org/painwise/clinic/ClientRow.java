package org.painwise.clinic;

import java.io.Serializable;
import java.time.Instant;

/** One row of a therapist's client table. The getters are for EL 5, which cannot read records. */
public record ClientRow(
    long patientId,
    String name,
    String email,
    long assigned,
    long completed,
    long overdue,
    Instant lastActivity,
    Integer latestScore)
    implements Serializable {

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
