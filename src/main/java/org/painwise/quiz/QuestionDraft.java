package org.painwise.quiz;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import org.painwise.quiz.format.QuestionType;

/**
 * A question that is not saved: what the editor, an import or a test holds before the service saves
 * it into the bank. It carries the same rules as the entities.
 */
public class QuestionDraft extends QuestionContent {

  private static final long serialVersionUID = 1L;

  @Valid private final List<ChoiceDraft> choices = new ArrayList<>();

  /** A new question; its short answers accept small slips unless it is told otherwise. */
  public QuestionDraft() {
    setLenientMatch(true);
  }

  public QuestionDraft(QuestionType type, String stem) {
    this();
    setType(type);
    setStem(stem);
  }

  /** A copy of any question, for editing. */
  public static QuestionDraft of(QuestionContent question) {
    QuestionDraft draft = new QuestionDraft();
    draft.copyContentFrom(question);
    for (ChoiceContent c : question.choices()) {
      ChoiceDraft choice = new ChoiceDraft();
      choice.copyContentFrom(c);
      draft.choices.add(choice);
    }
    return draft;
  }

  @Override
  public List<ChoiceDraft> choices() {
    return choices;
  }

  public List<ChoiceDraft> getChoices() {
    return choices;
  }

  /** Appends a choice and numbers it. */
  public ChoiceDraft addChoice(String text, int weight, String feedback) {
    ChoiceDraft choice = new ChoiceDraft();
    choice.setText(text);
    choice.setWeight(java.math.BigDecimal.valueOf(weight));
    choice.setFeedback(feedback);
    choices.add(choice);
    renumber();
    return choice;
  }

  /** Gives the choices positions 0, 1, 2… in list order. */
  public void renumber() {
    for (int i = 0; i < choices.size(); i++) {
      choices.get(i).setPosition(i);
    }
  }

  /** An answer of a {@link QuestionDraft}. */
  public static class ChoiceDraft extends ChoiceContent {
    private static final long serialVersionUID = 1L;
  }
}
