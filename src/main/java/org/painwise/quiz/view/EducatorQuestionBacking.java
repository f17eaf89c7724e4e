package org.painwise.quiz.view;

import static jakarta.servlet.http.HttpServletResponse.SC_NOT_FOUND;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import java.io.Serializable;
import java.util.Optional;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.painwise.quiz.Question;
import org.painwise.quiz.QuestionBank;
import org.painwise.quiz.QuestionConflictException;
import org.painwise.quiz.QuestionDraft;
import org.painwise.quiz.QuizNotFoundException;
import org.painwise.quiz.format.QuestionType;
import org.painwise.quiz.format.TextFormat;

/**
 * educator/question.xhtml: creates ({@code ?module=slug}) or edits ({@code ?id=}) a bank question.
 * The version it was opened at goes with the save, so a concurrent edit is refused.
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
    draft = QuestionDraft.of(question);
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
