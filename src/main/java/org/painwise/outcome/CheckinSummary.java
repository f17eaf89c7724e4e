package org.painwise.outcome;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * One row a patient, kept up to date at each check-in: the baseline (the mean of the check-ins of
 * the first {@link #BASELINE_DAYS} days) and the latest values, so that the client table sorts by
 * pain and its change in the database.
 */
@Entity
@Table(name = "checkin_summary")
public class CheckinSummary implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final int BASELINE_DAYS = 7;

  @Id
  @Column(name = "account_id")
  private long accountId;

  @Column(name = "first_at", nullable = false)
  private Instant firstAt;

  @Column(name = "baseline_count", nullable = false)
  private int baselineCount;

  @Column(name = "baseline_pain", nullable = false)
  private double baselinePain;

  @Column(name = "baseline_peg", nullable = false)
  private double baselinePeg;

  @Column(name = "latest_at", nullable = false)
  private Instant latestAt;

  @Column(name = "latest_pain", nullable = false)
  private int latestPain;

  @Column(name = "latest_peg", nullable = false)
  private double latestPeg;

  protected CheckinSummary() {}

  CheckinSummary(Checkin first) {
    this.accountId = first.getAccountId();
    this.firstAt = first.getTakenAt();
    add(first);
  }

  /** Takes a new check-in in: it counts towards the baseline while in the first week. */
  void add(Checkin c) {
    if (c.getTakenAt().isBefore(firstAt.plus(Duration.ofDays(BASELINE_DAYS)))) {
      baselinePain = (baselinePain * baselineCount + c.getPainNow()) / (baselineCount + 1);
      baselinePeg = (baselinePeg * baselineCount + c.getPeg()) / (baselineCount + 1);
      baselineCount++;
    }
    latestAt = c.getTakenAt();
    latestPain = c.getPainNow();
    latestPeg = c.getPeg();
  }

  public long getAccountId() {
    return accountId;
  }

  public Instant getFirstAt() {
    return firstAt;
  }

  public double getBaselinePain() {
    return baselinePain;
  }

  public double getBaselinePeg() {
    return baselinePeg;
  }

  public Instant getLatestAt() {
    return latestAt;
  }

  public int getLatestPain() {
    return latestPain;
  }

  public double getLatestPeg() {
    return latestPeg;
  }

  /** Whether the baseline week is over, so that a change against it means something. */
  public boolean baselineComplete(Instant now) {
    return !now.isBefore(firstAt.plus(Duration.ofDays(BASELINE_DAYS)));
  }

  public MeaningfulChange painChange() {
    return MeaningfulChange.of(baselinePain, latestPain);
  }

  public MeaningfulChange pegChange() {
    return MeaningfulChange.of(baselinePeg, latestPeg);
  }
}
