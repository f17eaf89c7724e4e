package org.painwise.quiz;

import jakarta.persistence.CollectionTable;
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
import java.util.ArrayList;
import java.util.List;

/** A published question's texts in one language, as they were at publishing. Never changes. */
@Entity
@Table(name = "quiz_version_question_text")
@NamedQuery(
    name = "VersionQuestionText.findByVersion",
    query =
        "select distinct t from VersionQuestionText t left join fetch t.choices"
            + " where t.versionQuestion.quizVersion.id = :versionId and t.language = :language"
            + " order by t.id")
@NamedQuery(
    name = "VersionQuestionText.findAllByVersion",
    query =
        "select distinct t from VersionQuestionText t left join fetch t.choices"
            + " where t.versionQuestion.quizVersion.id = :versionId order by t.id")
public class VersionQuestionText extends TranslatedText {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quiz_version_question_text_seq")
  @SequenceGenerator(
      name = "quiz_version_question_text_seq",
      sequenceName = "quiz_version_question_text_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "version_question_id", nullable = false)
  private VersionQuestion versionQuestion;

  @ElementCollection
  @CollectionTable(
      name = "quiz_version_question_text_choice",
      joinColumns = @JoinColumn(name = "version_question_text_id"))
  @OrderColumn(name = "position")
  private List<ChoiceText> choices = new ArrayList<>();

  protected VersionQuestionText() {}

  VersionQuestionText(VersionQuestion versionQuestion, TranslatedText source) {
    super(source.getLanguage());
    this.versionQuestion = versionQuestion;
    copyTextsFrom(source);
  }

  @Override
  public List<ChoiceText> choices() {
    return choices;
  }

  public Long getId() {
    return id;
  }

  /** The id of the published question it translates. */
  public long versionQuestionId() {
    return versionQuestion.getId();
  }
}
