package org.painwise.quiz;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A bank question's texts in one language. It is out of date when the English question changed
 * after it (and it is then left out of the next published version, whose learners read that
 * question in English) until an educator revises it.
 */
@Entity
@Table(name = "quiz_question_text")
@NamedQuery(
    name = "QuestionText.findByQuestions",
    query = "select t from QuestionText t where t.question.id in :ids and t.language = :language")
@NamedQuery(
    name = "QuestionText.countByQuiz",
    query =
        "select count(t) from QuestionText t where t.question.quiz.id = :quizId"
            + " and t.language = :language")
public class QuestionText extends TranslatedText {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quiz_question_text_seq")
  @SequenceGenerator(
      name = "quiz_question_text_seq",
      sequenceName = "quiz_question_text_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "question_id", nullable = false)
  private Question question;

  @Valid
  @ElementCollection
  @CollectionTable(
      name = "quiz_question_text_choice",
      joinColumns = @JoinColumn(name = "question_text_id"))
  @OrderColumn(name = "position")
  private List<ChoiceText> choices = new ArrayList<>();

  @Column(name = "out_of_date", nullable = false)
  private boolean outOfDate;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt = Instant.now();

  @Version private long version;

  protected QuestionText() {}

  QuestionText(Question question, String language) {
    super(language);
    this.question = question;
  }

  @Override
  public List<ChoiceText> choices() {
    return choices;
  }

  /** Takes the texts of the question as translated, and counts as revised. */
  void revise(QuestionContent translated) {
    copyTextsFrom(translated);
    outOfDate = false;
    updatedAt = Instant.now();
  }

  /** A copy for a copy of the question. */
  QuestionText copyFor(Question copy) {
    QuestionText t = new QuestionText(copy, getLanguage());
    t.copyTextsFrom(this);
    t.outOfDate = outOfDate;
    return t;
  }

  void markOutOfDate() {
    outOfDate = true;
  }

  public Long getId() {
    return id;
  }

  public Question getQuestion() {
    return question;
  }

  public boolean isOutOfDate() {
    return outOfDate;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public long getVersion() {
    return version;
  }
}
