package org.painwise.outcome.view;

import static jakarta.servlet.http.HttpServletResponse.SC_NOT_FOUND;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.painwise.account.SignedInUser;
import org.painwise.config.Languages;
import org.painwise.outcome.BoosterNotFoundException;
import org.painwise.outcome.BoosterService;
import org.painwise.quiz.BoosterQuestions;
import org.painwise.quiz.Sheet;
import org.painwise.quiz.view.AnswerInput;

/**
 * patient/booster.xhtml: one booster due now (module and weeks in the address), its questions, and
 * its score once taken; without a module, the patient's booster results. A booster not due (or
 * taken already: a second submit) is "not found".
 */
@Named
@ViewScoped
public class BoosterBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private BoosterService boosters;
  @Inject private SignedInUser user;

  private String module;
  private int weeks;
  private BoosterQuestions.Drawn drawn;
  private final Map<Long, AnswerInput> inputs = new LinkedHashMap<>();
  private BoosterService.Result result;
  private List<BoosterService.Result> results;
  private String moduleTitle;

  public void load() {
    long me = user.requireId();
    results = boosters.mine(me);
    if (module == null || module.isBlank()) {
      return;
    }
    boosters.due(me, BoosterService.today()).stream()
        .filter(o -> o.moduleSlug().equals(module) && o.weeks() == weeks)
        .findFirst()
        .ifPresent(o -> moduleTitle = o.moduleTitle());
    try {
      drawn = boosters.open(me, module, weeks, Languages.ofView(), BoosterService.today());
      drawn.questions().forEach(q -> inputs.put(q.id(), AnswerInput.of(q)));
    } catch (BoosterNotFoundException e) {
      Faces.responseSendError(SC_NOT_FOUND, null);
    }
  }

  /** Scores and saves the booster; a second submit says it was saved already. */
  public void submit() {
    if (drawn == null) {
      return;
    }
    Map<Long, String> answers = new LinkedHashMap<>();
    inputs.forEach((id, input) -> answers.put(id, input.encoded()));
    try {
      result =
          boosters.take(
              user.requireId(),
              module,
              weeks,
              drawn.language(),
              drawn.questions().stream().map(Sheet.Question::id).toList(),
              answers,
              BoosterService.today());
      Messages.addGlobalInfo("patient_booster.message.info.saved");
      results = boosters.mine(user.requireId());
    } catch (BoosterNotFoundException e) {
      Messages.addGlobalWarn("patient_booster.message.warn.taken");
    }
    drawn = null;
  }

  /** Ajax on change (the shared question include): the answer stays on the page until submitted. */
  public void save(long questionId) {
    // Nothing is stored before the booster is submitted.
  }

  public boolean isSaved(long questionId) {
    return false;
  }

  public String getModule() {
    return module;
  }

  public void setModule(String module) {
    this.module = module;
  }

  public int getWeeks() {
    return weeks;
  }

  public void setWeeks(int weeks) {
    this.weeks = weeks;
  }

  /** The questions of the booster being taken, or null. */
  public BoosterQuestions.Drawn getDrawn() {
    return drawn;
  }

  /** The module's English title (the page shows it in the reader's language). */
  public String getModuleTitle() {
    return moduleTitle;
  }

  public Map<Long, AnswerInput> getInputs() {
    return inputs;
  }

  /** The booster just taken, or null. */
  public BoosterService.Result getResult() {
    return result;
  }

  public List<BoosterService.Result> getResults() {
    return results;
  }
}
