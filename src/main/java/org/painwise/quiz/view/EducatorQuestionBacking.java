package org.painwise.quiz.view;

import static jakarta.servlet.http.HttpServletResponse.SC_NOT_FOUND;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import java.io.Serializable;
import java.util.Optional;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.painwise.config.Languages;
import org.painwise.config.Violations;
import org.painwise.quiz.Question;
import org.painwise.quiz.QuestionBank;
import org.painwise.quiz.QuestionConflictException;
import org.painwise.quiz.QuestionDraft;
import org.painwise.quiz.QuestionText;
import org.painwise.quiz.QuizNotFoundException;
import org.painwise.quiz.TranslatedText;
import org.painwise.quiz.TranslationState;
import org.painwise.quiz.format.QuestionType;
import org.painwise.quiz.format.TextFormat;

/**
 * educator/question.xhtml: creates ({@code ?module=slug}) or edits ({@code ?id=}) a bank question.
 * The version it was opened at goes with the save, so a concurrent edit is refused.
 *
 * <p>With {@code &lang=fr} it edits the question's French texts instead, beside the English ones;
 * the English question keeps its type, answers' order, credit and tags. Each language says whether
 * it is out of date (the other language changed after it).
 */
@Named
@ViewScoped
public class EducatorQuestionBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private QuestionBank bank;

  private Long id;
  private String module;
  private long version;
  @Valid private QuestionDraft draft;

  /** The language edited: English (the question itself) or a translation. */
  private String language = Languages.BASE;

  /** The English question, beside its translation's texts. */
  private QuestionDraft english;

  private boolean englishOutOfDate;
  private TranslationState translationState = TranslationState.MISSING;

  /** The translation's version when it was opened; -1 when there was none. */
  private long translationVersion = -1;

  public void load() {
    if (id != null) {
      Optional<Question> question = bank.question(id);
      if (question.isEmpty()) {
        Faces.responseSendError(SC_NOT_FOUND, null);
        return;
      }
      open(question.get());
    } else if (module != null && bank.moduleExists(module)) {
      draft = new QuestionDraft(QuestionType.SINGLE_CHOICE, "");
      draft.addChoice("", 100, "");
      draft.addChoice("", 0, "");
    } else {
      Faces.responseSendError(SC_NOT_FOUND, null);
    }
  }

  private void open(Question question) {
    id = question.getId();
    module = question.getQuiz().getModule().getSlug();
    version = question.getVersion();
    englishOutOfDate = question.isTextOutOfDate();
    Optional<QuestionText> translation = question.translation(translated());
    translationState =
        translation
            .map(t -> t.isOutOfDate() ? TranslationState.OUT_OF_DATE : TranslationState.UP_TO_DATE)
            .orElse(TranslationState.MISSING);
    translationVersion = translation.map(QuestionText::getVersion).orElse(-1L);
    english = QuestionDraft.of(question);
    draft =
        isTranslation()
            ? TranslatedText.editable(question, translation)
            : QuestionDraft.of(question);
  }

  /** The translated language the page shows the state of: the one edited, or French. */
  private String translated() {
    return isTranslation() ? language : Languages.TRANSLATED.get(0);
  }

  /** Whether the page edits a translation rather than the English question. */
  public boolean isTranslation() {
    return id != null && Languages.isTranslated(language);
  }

  /** Saves the texts of the translation, on the English question's structure. */
  public void saveTranslation() {
    try {
      bank.saveTranslation(id, language, translationVersion, draft);
      open(bank.question(id).orElseThrow());
      Messages.addGlobalInfo("educator_question.message.info.translationSaved");
    } catch (QuestionConflictException e) {
      Messages.addGlobalError("educator_question.message.error.conflict");
    } catch (ConstraintViolationException e) {
      Violations.show("translation", e);
    }
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language == null || language.isBlank() ? Languages.BASE : language;
  }

  /** The translated language whose state the page shows ("fr"). */
  public String getTranslatedLanguage() {
    return translated();
  }

  public QuestionDraft getEnglish() {
    return english;
  }

  /** The English answer at {@code index}, beside its translation; empty past the English ones. */
  public String englishChoiceText(int index) {
    return english != null && index < english.getChoices().size()
        ? english.getChoices().get(index).getText()
        : "";
  }

  /** The English answer's feedback at {@code index}, beside its translation. */
  public String englishChoiceFeedback(int index) {
    return english != null && index < english.getChoices().size()
        ? english.getChoices().get(index).getFeedback()
        : "";
  }

  /** The English answer's right side at {@code index} (matching), beside its translation. */
  public String englishChoiceMatch(int index) {
    return english != null && index < english.getChoices().size()
        ? english.getChoices().get(index).getMatchText()
        : "";
  }

  public boolean isEnglishOutOfDate() {
    return englishOutOfDate;
  }

  public TranslationState getTranslationState() {
    return translationState;
  }

  /** Whether an answer's own text is translated (not a true/false or numeric answer's). */
  public boolean isChoiceTextTranslated() {
    return draft.getType() != QuestionType.TRUE_FALSE && draft.getType() != QuestionType.NUMERIC;
  }

  public void addChoice() {
    draft.addChoice("", 0, "");
  }

  public void removeChoice(int index) {
    if (index >= 0 && index < draft.getChoices().size()) {
      draft.getChoices().remove(index);
      draft.renumber();
    }
  }

  public void save() {
    try {
      Question saved = id == null ? bank.create(module, draft) : bank.save(id, version, draft);
      open(bank.question(saved.getId()).orElseThrow());
      Messages.addGlobalInfo("educator_question.message.info.saved");
    } catch (QuestionConflictException e) {
      Messages.addGlobalError("educator_question.message.error.conflict");
    } catch (QuizNotFoundException e) {
      Faces.responseSendError(SC_NOT_FOUND, null);
    }
  }

  public QuestionType[] getTypes() {
    return QuestionType.values();
  }

  public TextFormat[] getFormats() {
    return TextFormat.values();
  }

  public boolean isMatching() {
    return draft.getType() == QuestionType.MATCHING;
  }

  public boolean isShortAnswer() {
    return draft.getType() == QuestionType.SHORT_ANSWER;
  }

  public boolean isNumeric() {
    return draft.getType() == QuestionType.NUMERIC;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getModule() {
    return module;
  }

  public void setModule(String module) {
    this.module = module;
  }

  public QuestionDraft getDraft() {
    return draft;
  }
}
