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
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A question of a module's bank, which educators edit. Two educators saving the same question meet
 * the optimistic lock: the second is told, and nothing is lost.
 */
@Entity
@Table(name = "quiz_question")
@NamedQuery(
    name = "Question.findByQuiz",
    query = "select q from Question q where q.quiz.id = :quizId order by q.position, q.id")
@NamedQuery(
    name = "Question.maxPosition",
    query = "select coalesce(max(q.position), 0) from Question q where q.quiz.id = :quizId")
public class Question extends QuestionContent {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quiz_question_seq")
  @SequenceGenerator(
      name = "quiz_question_seq",
      sequenceName = "quiz_question_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "quiz_id", nullable = false)
  private Quiz quiz;

  @Column(nullable = false)
  private int position;

  @Valid
  @OneToMany(mappedBy = "question", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<QuestionChoice> choices = new ArrayList<>();

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt = Instant.now();

  @Version private long version;

  protected Question() {}

  public Question(Quiz quiz, int position) {
    this.quiz = quiz;
    this.position = position;
  }

  @Override
  public List<QuestionChoice> choices() {
    return choices;
  }

  /** Replaces the content and the choices by those of {@code other}. */
  public void replaceContent(QuestionContent other) {
    copyContentFrom(other);
    choices.clear();
    int i = 0;
    for (ChoiceContent c : other.choices()) {
      QuestionChoice copy = new QuestionChoice(this);
      copy.copyContentFrom(c);
      copy.setPosition(i++);
      choices.add(copy);
    }
    updatedAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public Quiz getQuiz() {
    return quiz;
  }

  public int getPosition() {
    return position;
  }

  void setPosition(int position) {
    this.position = position;
  }

  public List<QuestionChoice> getChoices() {
    return choices;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public long getVersion() {
    return version;
  }
}
