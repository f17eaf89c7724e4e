package org.painwise.outcome.view;

import static jakarta.servlet.http.HttpServletResponse.SC_NOT_FOUND;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.security.SecureRandom;
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
 * its score once taken; without a module, the patient's booster results. A booster not due is "not
 * found"; a second submit says it was saved already.
 *
 * <p>The page keeps no state between requests, so it never expires: the form carries the seed of
 * its draw (a hidden field), and the questions are drawn again from it when the answers come back,
 * however long the patient took and even in a new session.
 */
@Named
@RequestScoped
public class BoosterBacking {

  private static final SecureRandom SEEDS = new SecureRandom();

  @Inject private BoosterService boosters;
  @Inject private SignedInUser user;

  private String module;
  private int weeks;
  private BoosterQuestions.Drawn drawn;
  private final Map<Long, AnswerInput> inputs = new LinkedHashMap<>();
  private BoosterService.Result result;
  private List<BoosterService.Result> results;
  private String moduleTitle;
  private long seed;
  private boolean notDue;

  /**
   * Reads the module, weeks and (on a post) the seed from the request, before the form's answers
   * are decoded into the questions drawn from it.
   */
  @PostConstruct
  void init() {
    long me = user.requireId();
    results = boosters.mine(me);
    module = Faces.getRequestParameter("module");
    if (module == null || module.isBlank()) {
      return;
    }
    weeks = parse(Faces.getRequestParameter("weeks"));
    Long posted = parseSeed(Faces.getRequestParameter("seed"));
    seed = posted != null ? posted : SEEDS.nextLong();
    boosters.due(me, BoosterService.today()).stream()
        .filter(o -> o.moduleSlug().equals(module) && o.weeks() == weeks)
        .findFirst()
        .ifPresent(o -> moduleTitle = o.moduleTitle());
    try {
      drawn = boosters.open(me, module, weeks, Languages.ofView(), BoosterService.today(), seed);
      drawn.questions().forEach(q -> inputs.put(q.id(), AnswerInput.of(q)));
    } catch (BoosterNotFoundException e) {
      notDue = true;
      if (posted != null) {
        // The form came back, but the booster was saved already (a second send) or is no longer
        // due: the form is not shown again, so say so here.
        Messages.addGlobalWarn("patient_booster.message.warn.taken");
      }
    }
  }

  /** On opening the page: "not found" for a booster that is not due. */
  public void load() {
    if (notDue) {
      Faces.responseSendError(SC_NOT_FOUND, null);
    }
  }

  private static int parse(String number) {
    try {
      return number == null ? 0 : Integer.parseInt(number.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static Long parseSeed(String number) {
    try {
      return number == null || number.isBlank() ? null : Long.parseLong(number.strip());
    } catch (NumberFormatException e) {
      return null;
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

  public int getWeeks() {
    return weeks;
  }

  /** The seed of this page's draw, which its form carries back. */
  public long getSeed() {
    return seed;
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
