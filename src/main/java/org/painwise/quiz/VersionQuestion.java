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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** A question as it was when its version was published. Never changes. */
@Entity
@Table(name = "quiz_version_question")
public class VersionQuestion extends QuestionContent {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quiz_version_question_seq")
  @SequenceGenerator(
      name = "quiz_version_question_seq",
      sequenceName = "quiz_version_question_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "quiz_version_id", nullable = false)
  private QuizVersion quizVersion;

  /** The bank question it was copied from; it may have changed or gone since. */
  @Column(name = "source_question_id")
  private Long sourceQuestionId;

  @Column(nullable = false)
  private int position;

  @OneToMany(mappedBy = "question", cascade = CascadeType.PERSIST)
  @OrderBy("position")
  private List<VersionChoice> choices = new ArrayList<>();

  /** Its translations that were up to date when it was published. */
  @OneToMany(mappedBy = "versionQuestion", cascade = CascadeType.PERSIST)
  private List<VersionQuestionText> translations = new ArrayList<>();

  protected VersionQuestion() {}

  VersionQuestion(QuizVersion quizVersion, int position, Question source) {
    this.quizVersion = quizVersion;
    this.position = position;
    this.sourceQuestionId = source.getId();
    copyContentFrom(source);
    int i = 0;
    for (QuestionChoice c : source.choices()) {
      choices.add(new VersionChoice(this, i++, c));
    }
    for (QuestionText t : source.getTranslations()) {
      if (!t.isOutOfDate() && t.fits(source)) {
        translations.add(new VersionQuestionText(this, t));
      }
    }
  }

  /**
   * Adds a translation to this published question, when it has none in that language yet: the
   * starter quiz's translation, imported after the English version was published. Returns the new
   * text, to persist.
   */
  java.util.Optional<VersionQuestionText> addTranslation(TranslatedText text) {
    if (!text.fits(this)
        || translations.stream().anyMatch(t -> t.getLanguage().equals(text.getLanguage()))) {
      return java.util.Optional.empty();
    }
    VersionQuestionText added = new VersionQuestionText(this, text);
    translations.add(added);
    return java.util.Optional.of(added);
  }

  @Override
  public List<VersionChoice> choices() {
    return choices;
  }

  public Long getId() {
    return id;
  }

  public QuizVersion getQuizVersion() {
    return quizVersion;
  }

  public Long getSourceQuestionId() {
    return sourceQuestionId;
  }

  public int getPosition() {
    return position;
  }
}
