package org.painwise.quiz;

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
import java.math.BigDecimal;
import java.time.Instant;

/** A learner's saved answer to one question of an attempt, in {@link Response}'s encoding. */
@Entity
@Table(name = "quiz_answer")
@NamedQuery(
    name = "Answer.findByAttempt",
    query = "select a from Answer a where a.attempt.id = :attemptId")
@NamedQuery(
    name = "Answer.findByVersion",
    query =
        "select a from Answer a join fetch a.attempt"
            + " where a.attempt.quizVersion.id = :versionId and a.attempt.submittedAt is not null")
public class Answer implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final int RESPONSE_MAX = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quiz_answer_seq")
  @SequenceGenerator(
      name = "quiz_answer_seq",
      sequenceName = "quiz_answer_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "attempt_id", nullable = false)
  private Attempt attempt;

  @Column(name = "question_id", nullable = false)
  private long questionId;

  @Size(max = RESPONSE_MAX)
  @Column(nullable = false, length = RESPONSE_MAX)
  private String response = "";

  /** Feedback was shown (immediate mode): the answer can no longer change. */
  @Column(nullable = false)
  private boolean checked;

  /** The credit earned, 0 to 1, set at submit (or when checked). */
  @Column(precision = 7, scale = 4)
  private BigDecimal score;

  @Column(name = "saved_at", nullable = false)
  private Instant savedAt = Instant.now();

  protected Answer() {}

  Answer(Attempt attempt, long questionId) {
    this.attempt = attempt;
    this.questionId = questionId;
  }

  void save(String encoded, Instant now) {
    response = encoded;
    savedAt = now;
  }

  void check(BigDecimal credit) {
    checked = true;
    score = credit;
  }

  void grade(BigDecimal credit) {
    score = credit;
  }

  public Long getId() {
    return id;
  }

  public Attempt getAttempt() {
    return attempt;
  }

  public long getQuestionId() {
    return questionId;
  }

  public String getResponse() {
    return response;
  }

  public boolean isChecked() {
    return checked;
  }

  public BigDecimal getScore() {
    return score;
  }

  public Instant getSavedAt() {
    return savedAt;
  }
}
