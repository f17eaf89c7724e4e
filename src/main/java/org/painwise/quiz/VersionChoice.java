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

/** An answer as it was when its version was published. Never changes. */
@Entity
@Table(name = "quiz_version_choice")
public class VersionChoice extends ChoiceContent {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quiz_version_choice_seq")
  @SequenceGenerator(
      name = "quiz_version_choice_seq",
      sequenceName = "quiz_version_choice_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "question_id", nullable = false)
  private VersionQuestion question;

  protected VersionChoice() {}

  VersionChoice(VersionQuestion question, int position, ChoiceContent source) {
    this.question = question;
    copyContentFrom(source);
    setPosition(position);
  }

  public Long getId() {
    return id;
  }
}
