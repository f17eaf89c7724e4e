package org.painwise.quiz;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** An answer of a bank question. */
@Entity
@Table(name = "quiz_choice")
public class QuestionChoice extends ChoiceContent {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quiz_choice_seq")
  @SequenceGenerator(
      name = "quiz_choice_seq",
      sequenceName = "quiz_choice_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "question_id", nullable = false)
  private Question question;

  protected QuestionChoice() {}

  QuestionChoice(Question question) {
    this.question = question;
  }

  public Long getId() {
    return id;
  }
}
