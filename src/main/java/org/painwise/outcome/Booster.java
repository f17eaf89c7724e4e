package org.painwise.outcome;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** One booster taken: which module, 4 or 12 weeks, when, and its score. */
@Entity
@Table(name = "booster")
@NamedQuery(
    name = "Booster.findByAccount",
    query = "select b from Booster b where b.accountId = :a order by b.takenAt, b.id")
public class Booster implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "booster_seq")
  @SequenceGenerator(name = "booster_seq", sequenceName = "booster_seq", allocationSize = 50)
  private Long id;

  @Column(name = "account_id", nullable = false)
  private long accountId;

  @Column(name = "module_id", nullable = false)
  private long moduleId;

  @Column(nullable = false)
  private int weeks;

  @Column(name = "taken_at", nullable = false)
  private Instant takenAt;

  @Column(name = "score_percent", nullable = false)
  private int scorePercent;

  @Column(name = "question_count", nullable = false)
  private int questionCount;

  @Column(nullable = false, length = 8)
  private String language;

  protected Booster() {}

  Booster(
      long accountId,
      long moduleId,
      int weeks,
      int scorePercent,
      int questionCount,
      String language,
      Instant at) {
    this.accountId = accountId;
    this.moduleId = moduleId;
    this.weeks = weeks;
    this.scorePercent = scorePercent;
    this.questionCount = questionCount;
    this.language = language;
    this.takenAt = at;
  }

  public Long getId() {
    return id;
  }

  public long getAccountId() {
    return accountId;
  }

  public long getModuleId() {
    return moduleId;
  }

  public int getWeeks() {
    return weeks;
  }

  public Instant getTakenAt() {
    return takenAt;
  }

  public int getScorePercent() {
    return scorePercent;
  }

  public int getQuestionCount() {
    return questionCount;
  }

  public String getLanguage() {
    return language;
  }
}
