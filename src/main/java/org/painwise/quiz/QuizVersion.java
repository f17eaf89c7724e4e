package org.painwise.quiz;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A published version of a quiz: a frozen copy of the bank at the time. Attempts keep the version
 * they were taken on, so reviewing an old attempt shows the questions as they were.
 */
@Entity
@Table(name = "quiz_version")
@NamedQuery(
    name = "QuizVersion.findByNumber",
    query = "select v from QuizVersion v where v.quiz.id = :quizId and v.number = :number")
@NamedQuery(
    name = "QuizVersion.findByQuiz",
    query = "select v from QuizVersion v where v.quiz.id = :quizId order by v.number desc")
public class QuizVersion implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quiz_version_seq")
  @SequenceGenerator(
      name = "quiz_version_seq",
      sequenceName = "quiz_version_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "quiz_id", nullable = false)
  private Quiz quiz;

  @Column(nullable = false)
  private int number;

  @Column(name = "published_at", nullable = false)
  private Instant publishedAt = Instant.now();

  @Column(name = "published_by")
  private Long publishedBy;

  @OneToMany(mappedBy = "quizVersion", cascade = CascadeType.PERSIST)
  @OrderBy("position")
  private List<VersionQuestion> questions = new ArrayList<>();

  protected QuizVersion() {}

  QuizVersion(Quiz quiz, int number, Long publishedBy, List<Question> bank) {
    this.quiz = quiz;
    this.number = number;
    this.publishedBy = publishedBy;
    int i = 0;
    for (Question q : bank) {
      questions.add(new VersionQuestion(this, i++, q));
    }
  }

  public Long getId() {
    return id;
  }

  public Quiz getQuiz() {
    return quiz;
  }

  public int getNumber() {
    return number;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public Long getPublishedBy() {
    return publishedBy;
  }

  public List<VersionQuestion> getQuestions() {
    return questions;
  }
}
