package org.painwise.quiz.view;

import static jakarta.servlet.http.HttpServletResponse.SC_NOT_FOUND;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;
import org.omnifaces.util.Faces;
import org.painwise.config.Languages;
import org.painwise.quiz.Question;
import org.painwise.quiz.QuestionBank;
import org.painwise.quiz.QuestionDraft;
import org.painwise.quiz.QuestionText;
import org.painwise.quiz.Sheet;
import org.painwise.quiz.Sheets;

/**
 * educator/preview.xhtml: one bank question rendered by the same include and the same {@link
 * Sheets} as a patient's attempt; checking shows the feedback. Nothing is saved. With {@code
 * ?lang=fr}, the question as French learners read it (English where it is not translated).
 */
@Named
@ViewScoped
public class EducatorPreviewBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private QuestionBank bank;

  private Long id;
  private String language;
  private String module;
  private QuestionDraft question;
  private Sheet.Question shown;
  private AnswerInput input;
  private Sheet.Feedback feedback;

  public void load() {
    Optional<Question> found = id == null ? Optional.empty() : bank.question(id);
    if (found.isEmpty()) {
      Faces.responseSendError(SC_NOT_FOUND, null);
      return;
    }
    module = found.get().getQuiz().getModule().getSlug();
    Optional<QuestionText> translation =
        Languages.isTranslated(language) ? found.get().translation(language) : Optional.empty();
    question =
        translation.isPresent()
            ? translation.get().applyTo(found.get())
            : QuestionDraft.of(found.get());
    question.renumber();
    shown =
        Sheets.question(question, id, 1, id, found.get().getQuiz().isShuffleChoices(), "")
            .inLanguage(translation.isPresent() ? language : Languages.BASE);
    input = AnswerInput.of(shown);
  }

  /** The include's ajax save: a preview keeps nothing. */
  public void save(long questionId) {
    feedback = null;
  }

  public void check(long questionId) {
    feedback = Sheets.feedback(question, input.response());
  }

  public boolean isSaved(long questionId) {
    return false;
  }

  public Sheet.Feedback feedbackOf(long questionId) {
    return feedback;
  }

  public boolean isChecked() {
    return feedback != null;
  }

  public void reset() {
    feedback = null;
    input = AnswerInput.of(shown);
  }

  public Long getId() {
    return id;
  }

  /** The language to preview the question in ({@code ?lang=fr}); English when it is not given. */
  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getModule() {
    return module;
  }

  public Sheet.Question getShown() {
    return shown;
  }

  public AnswerInput getInput() {
    return input;
  }
}
