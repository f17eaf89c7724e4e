package org.painwise.quiz;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.painwise.quiz.QuestionDraft.ChoiceDraft;
import org.painwise.quiz.format.QuestionType;

/**
 * A question's texts in another language than English, shared by the bank ({@link QuestionText})
 * and published versions ({@link VersionQuestionText}). The English question keeps everything else:
 * its type, answers' order and weights, numbers, concept tags and lesson page. {@link #applyTo}
 * gives the question as a learner reads it in that language, which scores exactly as the English
 * one (for a short answer, against the translation's own accepted answers).
 */
@MappedSuperclass
public abstract class TranslatedText implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final int LANGUAGE_MAX = 8;

  @NotBlank
  @Size(max = LANGUAGE_MAX)
  @Column(name = "lang", nullable = false, length = LANGUAGE_MAX)
  private String language;

  @Size(max = QuestionContent.TITLE_MAX)
  @Column(nullable = false, length = QuestionContent.TITLE_MAX)
  private String title = "";

  @NotBlank
  @Size(max = QuestionContent.STEM_MAX)
  @Column(nullable = false, length = QuestionContent.STEM_MAX)
  private String stem = "";

  @Size(max = QuestionContent.EXPLANATION_MAX)
  @Column(nullable = false, length = QuestionContent.EXPLANATION_MAX)
  private String explanation = "";

  protected TranslatedText() {}

  protected TranslatedText(String language) {
    this.language = language;
  }

  /** The answers' texts, at the positions of the English answers (a short answer: its own). */
  public abstract List<ChoiceText> choices();

  /** Takes the texts of {@code other}. */
  protected void copyTextsFrom(TranslatedText other) {
    title = other.title;
    stem = other.stem;
    explanation = other.explanation;
    choices().clear();
    other.choices().forEach(c -> choices().add(c.copy()));
  }

  /**
   * Takes the texts of a question in this language: its title, stem and explanation, and its
   * answers' texts, feedback (and, for a short answer, weights).
   */
  protected void copyTextsFrom(QuestionContent translated) {
    title = translated.getTitle();
    stem = translated.getStem();
    explanation = translated.getExplanation();
    choices().clear();
    translated.choices().forEach(c -> choices().add(ChoiceText.of(c)));
  }

  /**
   * Whether these texts can stand for {@code english}: one text per English answer (a short answer:
   * at least one accepted answer that earns full credit).
   */
  public boolean fits(QuestionContent english) {
    if (english.getType() == QuestionType.SHORT_ANSWER) {
      return choices().stream().anyMatch(c -> c.getWeight().compareTo(HUNDRED) >= 0);
    }
    return choices().size() == english.choices().size();
  }

  private static final java.math.BigDecimal HUNDRED = java.math.BigDecimal.valueOf(100);

  /**
   * The English question as read in this language: the same type, answers, order, weights and tags,
   * with these texts. A short answer takes this language's accepted answers. A true/false or
   * numeric answer keeps its English text (the page shows "true", "false" and numbers in the
   * reader's language itself); matching keeps the English pairs' structure: answers that share an
   * English right side share its translation.
   */
  public QuestionDraft applyTo(QuestionContent english) {
    QuestionDraft d = QuestionDraft.of(english);
    if (!title.isBlank()) {
      d.setTitle(title);
    }
    d.setStem(stem);
    d.setExplanation(explanation);
    List<ChoiceText> mine = choices();
    if (english.getType() == QuestionType.SHORT_ANSWER) {
      List<ChoiceDraft> englishChoices = List.copyOf(d.getChoices());
      d.getChoices().clear();
      for (int i = 0; i < mine.size(); i++) {
        ChoiceDraft c = new ChoiceDraft();
        c.setText(mine.get(i).getText());
        c.setWeight(mine.get(i).getWeight());
        c.setFeedback(mine.get(i).getFeedback());
        if (i < englishChoices.size()) {
          c.setConceptTag(englishChoices.get(i).getConceptTag());
        }
        d.getChoices().add(c);
      }
      d.renumber();
      return d;
    }
    Map<String, String> rightSides = new HashMap<>();
    for (int i = 0; i < d.getChoices().size() && i < mine.size(); i++) {
      ChoiceDraft c = d.getChoices().get(i);
      ChoiceText t = mine.get(i);
      if (!t.getFeedback().isBlank()) {
        c.setFeedback(t.getFeedback());
      }
      switch (english.getType()) {
        case TRUE_FALSE, NUMERIC -> {}
        case MATCHING -> {
          if (!t.getText().isBlank()) {
            c.setText(t.getText());
          }
          String englishRight = c.getMatchText();
          c.setMatchText(
              rightSides.computeIfAbsent(
                  englishRight, k -> t.getMatchText().isBlank() ? k : t.getMatchText()));
        }
        default -> {
          if (!t.getText().isBlank()) {
            c.setText(t.getText());
          }
        }
      }
    }
    return d;
  }

  /**
   * The English question with the texts of its translation, when there is one, to edit: where a
   * text is not translated yet (no translation, or an answer that English added since), it is
   * empty, never the English text. A true/false or numeric answer keeps its English text, which is
   * not translated.
   */
  public static QuestionDraft editable(
      QuestionContent english, java.util.Optional<? extends TranslatedText> translation) {
    QuestionDraft d = QuestionDraft.of(english);
    d.setTitle(translation.map(TranslatedText::getTitle).orElse(""));
    d.setStem(translation.map(TranslatedText::getStem).orElse(""));
    d.setExplanation(translation.map(TranslatedText::getExplanation).orElse(""));
    List<ChoiceText> mine = translation.map(TranslatedText::choices).orElse(List.of());
    if (english.getType() == QuestionType.SHORT_ANSWER && translation.isPresent()) {
      d.getChoices().clear();
      for (ChoiceText t : mine) {
        ChoiceDraft c = new ChoiceDraft();
        c.setText(t.getText());
        c.setWeight(t.getWeight());
        c.setFeedback(t.getFeedback());
        d.getChoices().add(c);
      }
      d.renumber();
      return d;
    }
    for (int i = 0; i < d.getChoices().size(); i++) {
      ChoiceDraft c = d.getChoices().get(i);
      java.util.Optional<ChoiceText> t =
          i < mine.size() ? java.util.Optional.of(mine.get(i)) : java.util.Optional.empty();
      if (english.getType() != QuestionType.TRUE_FALSE
          && english.getType() != QuestionType.NUMERIC) {
        c.setText(t.map(ChoiceText::getText).orElse(""));
      }
      c.setMatchText(t.map(ChoiceText::getMatchText).orElse(""));
      c.setFeedback(t.map(ChoiceText::getFeedback).orElse(""));
    }
    return d;
  }

  public String getLanguage() {
    return language;
  }

  public String getTitle() {
    return title;
  }

  public String getStem() {
    return stem;
  }

  public String getExplanation() {
    return explanation;
  }
}
