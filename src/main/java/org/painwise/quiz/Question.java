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
import java.util.Optional;
import org.painwise.config.Languages;

/**
 * A question of a module's bank, which educators edit. Two educators saving the same question meet
 * the optimistic lock: the second is told, and nothing is lost.
 *
 * <p>It is written in English and may have a translation per language ({@link QuestionText}). When
 * an educator changes the text in one language, the others are out of date until they are revised
 * ({@link #changed}).
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

  @OneToMany(mappedBy = "question", cascade = CascadeType.ALL, orphanRemoval = true)
  private List<QuestionText> translations = new ArrayList<>();

  /** The English text is out of date: a translation was changed after it. */
  @Column(name = "text_out_of_date", nullable = false)
  private boolean textOutOfDate;

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

  /** The translation into {@code language}, if there is one. */
  public Optional<QuestionText> translation(String language) {
    return translations.stream().filter(t -> t.getLanguage().equals(language)).findFirst();
  }

  public List<QuestionText> getTranslations() {
    return translations;
  }

  /** The translation into {@code language}, made empty when there is none yet. */
  QuestionText translationForWriting(String language) {
    return translation(language)
        .orElseGet(
            () -> {
              QuestionText created = new QuestionText(this, language);
              translations.add(created);
              return created;
            });
  }

  /**
   * Records that the text in {@code language} ({@link Languages#BASE} for English) was just saved.
   * Saving a text that was out of date (or a first translation) revises it and leaves the other
   * languages as they are; saving a text that was up to date is a new change, so the other
   * languages are then out of date. Call it before the translation's new texts are taken.
   */
  void changed(String language) {
    boolean english = Languages.BASE.equals(language);
    boolean catchingUp =
        english ? textOutOfDate : translation(language).map(QuestionText::isOutOfDate).orElse(true);
    if (!catchingUp) {
      if (!english) {
        textOutOfDate = true;
      }
      translations.stream()
          .filter(t -> !t.getLanguage().equals(language))
          .forEach(QuestionText::markOutOfDate);
    }
    if (english) {
      textOutOfDate = false;
    }
  }

  public boolean isTextOutOfDate() {
    return textOutOfDate;
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
