package org.painwise.quiz;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.Instant;
import org.painwise.lesson.Module;

/** The quiz of one module: its settings and where it is in its life. The questions are the bank. */
@Entity
@Table(name = "quiz")
@NamedQuery(
    name = "Quiz.findByModuleSlug",
    query = "select q from Quiz q join fetch q.module where q.module.slug = :slug")
@NamedQuery(
    name = "Quiz.findAll",
    query = "select q from Quiz q join fetch q.module order by q.module.position")
public class Quiz implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final int DEFAULT_PASS_MARK = 70;
  public static final int PASS_MARK_MIN = 0;
  public static final int PASS_MARK_MAX = 100;
  public static final int MAX_ATTEMPTS_MIN = 1;
  public static final int MAX_ATTEMPTS_MAX = 100;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quiz_seq")
  @SequenceGenerator(name = "quiz_seq", sequenceName = "quiz_seq", allocationSize = 50)
  private Long id;

  @NotNull
  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "module_id", nullable = false, unique = true)
  private Module module;

  /** The lowest score, in percent, that passes. */
  @Min(PASS_MARK_MIN)
  @Max(PASS_MARK_MAX)
  @Column(name = "pass_mark", nullable = false)
  private int passMark = DEFAULT_PASS_MARK;

  /** Null for unlimited. */
  @Min(MAX_ATTEMPTS_MIN)
  @Max(MAX_ATTEMPTS_MAX)
  @Column(name = "max_attempts")
  private Integer maxAttempts;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Grading grading = Grading.BEST;

  @Column(name = "shuffle_questions", nullable = false)
  private boolean shuffleQuestions;

  @Column(name = "shuffle_choices", nullable = false)
  private boolean shuffleChoices = true;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(name = "feedback_mode", nullable = false, length = 20)
  private FeedbackMode feedbackMode = FeedbackMode.AT_END;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private QuizStatus status = QuizStatus.DRAFT;

  /** The number of the latest published version; 0 before the first publish. */
  @Column(name = "latest_version", nullable = false)
  private int latestVersion;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt = Instant.now();

  @Version private long version;

  protected Quiz() {}

  public Quiz(Module module) {
    this.module = module;
  }

  /** The bank changed: a published quiz now has unpublished changes. */
  void bankChanged() {
    if (status == QuizStatus.PUBLISHED) {
      status = QuizStatus.CHANGED;
    }
    updatedAt = Instant.now();
  }

  void published(int number) {
    latestVersion = number;
    status = QuizStatus.PUBLISHED;
    updatedAt = Instant.now();
  }

  /** Takes these settings; attempts started from now on use them. */
  void apply(QuizSettings settings) {
    passMark = settings.getPassMark();
    maxAttempts = settings.getMaxAttempts();
    grading = settings.getGrading();
    shuffleQuestions = settings.isShuffleQuestions();
    shuffleChoices = settings.isShuffleChoices();
    feedbackMode = settings.getFeedbackMode();
    updatedAt = Instant.now();
  }

  public boolean isPublished() {
    return latestVersion > 0;
  }

  public Long getId() {
    return id;
  }

  public Module getModule() {
    return module;
  }

  public int getPassMark() {
    return passMark;
  }

  public Integer getMaxAttempts() {
    return maxAttempts;
  }

  public Grading getGrading() {
    return grading;
  }

  public boolean isShuffleQuestions() {
    return shuffleQuestions;
  }

  public boolean isShuffleChoices() {
    return shuffleChoices;
  }

  public FeedbackMode getFeedbackMode() {
    return feedbackMode;
  }

  public QuizStatus getStatus() {
    return status;
  }

  public int getLatestVersion() {
    return latestVersion;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public long getVersion() {
    return version;
  }
}
