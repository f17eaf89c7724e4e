package org.painwise.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A learner's latest activity, latest quiz score and an estimate of time spent, kept as one row so
 * a therapist's client table sorts and pages in the database.
 */
@Entity
@Table(name = "learner_activity")
public class LearnerActivity {

  /** A gap longer than this is a break, not reading time. */
  static final Duration MAX_GAP = Duration.ofMinutes(10);

  @Id
  @Column(name = "account_id")
  private long accountId;

  @Column(name = "last_activity_at", nullable = false)
  private Instant lastActivityAt;

  @Column(name = "latest_score")
  private Integer latestScore;

  @Column(name = "seconds_spent", nullable = false)
  private long secondsSpent;

  protected LearnerActivity() {}

  LearnerActivity(long accountId, Instant now) {
    this.accountId = accountId;
    this.lastActivityAt = now;
  }

  /**
   * Touched less than 30 seconds ago: the next touch adds the whole gap, so skipping this one loses
   * no reading time and saves a write.
   */
  boolean isRecent(Instant now) {
    return lastActivityAt.isAfter(now.minusSeconds(30));
  }

  /** Counts the time since the last activity as reading time, unless it was a long break. */
  void touch(Instant now) {
    Duration gap = Duration.between(lastActivityAt, now);
    if (!gap.isNegative() && gap.compareTo(MAX_GAP) <= 0) {
      secondsSpent += gap.getSeconds();
    }
    lastActivityAt = now;
  }

  void score(int percent) {
    this.latestScore = percent;
  }

  public Instant getLastActivityAt() {
    return lastActivityAt;
  }

  public Integer getLatestScore() {
    return latestScore;
  }

  public long getSecondsSpent() {
    return secondsSpent;
  }
}
