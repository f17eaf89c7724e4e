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
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.painwise.config.Languages;

/**
 * One try at a quiz by one learner, on one version. Answers are saved as the learner goes; it is
 * submitted once ({@code submittedAt} is set by a conditional update, so a second submit is a
 * no-op).
 */
@Entity
@Table(name = "quiz_attempt")
@NamedQuery(
    name = "Attempt.findOpen",
    query =
        "select a from Attempt a where a.accountId = :accountId and a.quiz.id = :quizId"
            + " and a.submittedAt is null")
@NamedQuery(
    name = "Attempt.findSubmitted",
    query =
        "select a from Attempt a where a.accountId = :accountId and a.quiz.id = :quizId"
            + " and a.submittedAt is not null order by a.number")
@NamedQuery(
    name = "Attempt.maxNumber",
    query =
        "select coalesce(max(a.number), 0) from Attempt a"
            + " where a.accountId = :accountId and a.quiz.id = :quizId")
@NamedQuery(
    name = "Attempt.markSubmitted",
    query =
        "update Attempt a set a.submittedAt = :now, a.savedAt = :now"
            + " where a.id = :id and a.submittedAt is null")
@NamedQuery(
    name = "Attempt.findSubmittedByVersion",
    query =
        "select a from Attempt a where a.quizVersion.id = :versionId"
            + " and a.submittedAt is not null")
@NamedQuery(
    name = "Attempt.passedModuleIds",
    query =
        "select distinct q.module.id from Attempt a join a.quiz q"
            + " where a.accountId = :accountId and a.passed = true and a.submittedAt is not null"
            + " and (q.grading = org.painwise.quiz.Grading.BEST or a.number = (select max(b.number)"
            + " from Attempt b where b.accountId = a.accountId and b.quiz = a.quiz"
            + " and b.submittedAt is not null))")
@NamedQuery(
    name = "Attempt.latestScores",
    query =
        "select q.module.id, a.scorePercent from Attempt a join a.quiz q"
            + " where a.accountId = :accountId and a.submittedAt is not null"
            + " and a.number = (select max(b.number) from Attempt b where b.accountId = a.accountId"
            + " and b.quiz = a.quiz and b.submittedAt is not null)")
public class Attempt implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quiz_attempt_seq")
  @SequenceGenerator(
      name = "quiz_attempt_seq",
      sequenceName = "quiz_attempt_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "account_id", nullable = false)
  private long accountId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "quiz_id", nullable = false)
  private Quiz quiz;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "quiz_version_id", nullable = false)
  private QuizVersion quizVersion;

  /** 1 for a learner's first attempt at this quiz, then 2, 3… */
  @Column(nullable = false)
  private int number;

  /** The version-question ids in the order this learner sees them, shuffled once. */
  @Column(name = "question_order", nullable = false, length = 2000)
  private String questionOrder;

  /** Seeds the order of the choices, so it stays the same when the learner comes back. */
  @Column(name = "shuffle_seed", nullable = false)
  private long shuffleSeed;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt = Instant.now();

  @Column(name = "saved_at", nullable = false)
  private Instant savedAt = startedAt;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "score_percent")
  private Integer scorePercent;

  @Column private Boolean passed;

  /** The language it is taken in ("en", "fr"): its questions and its review are in it. */
  @Column(name = "lang", nullable = false, length = TranslatedText.LANGUAGE_MAX)
  private String language = Languages.BASE;

  /**
   * Goes up by one with every change to the attempt's answers, so that a page that shows an older
   * revision (another tab, another device) learns that the attempt changed elsewhere.
   */
  @Column(nullable = false)
  private long revision;

  protected Attempt() {}

  Attempt(
      long accountId,
      QuizVersion version,
      int number,
      List<Long> order,
      long seed,
      String language) {
    this.language = language;
    this.accountId = accountId;
    this.quiz = version.getQuiz();
    this.quizVersion = version;
    this.number = number;
    this.questionOrder = order.stream().map(String::valueOf).collect(Collectors.joining(","));
    this.shuffleSeed = seed;
  }

  public List<Long> questionOrder() {
    return Arrays.stream(questionOrder.split(","))
        .filter(s -> !s.isEmpty())
        .map(Long::valueOf)
        .toList();
  }

  void touched(Instant now) {
    savedAt = now;
    revision++;
  }

  void graded(Instant when, int percent, boolean pass) {
    submittedAt = when;
    savedAt = when;
    scorePercent = percent;
    passed = pass;
    revision++;
  }

  public boolean isSubmitted() {
    return submittedAt != null;
  }

  public Long getId() {
    return id;
  }

  public long getAccountId() {
    return accountId;
  }

  public Quiz getQuiz() {
    return quiz;
  }

  public QuizVersion getQuizVersion() {
    return quizVersion;
  }

  public int getNumber() {
    return number;
  }

  public long getShuffleSeed() {
    return shuffleSeed;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getSavedAt() {
    return savedAt;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public Integer getScorePercent() {
    return scorePercent;
  }

  public Boolean getPassed() {
    return passed;
  }

  public long getRevision() {
    return revision;
  }

  public String getLanguage() {
    return language;
  }
}
