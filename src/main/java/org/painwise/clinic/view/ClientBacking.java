package org.painwise.clinic.view;

import static jakarta.servlet.http.HttpServletResponse.SC_NOT_FOUND;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.painwise.account.Account;
import org.painwise.account.SignedInUser;
import org.painwise.clinic.Assignment;
import org.painwise.clinic.AssignmentDraft;
import org.painwise.clinic.AssignmentResult;
import org.painwise.clinic.AssignmentService;
import org.painwise.clinic.CareService;
import org.painwise.clinic.ClientTimeline;
import org.painwise.clinic.NotYourClientException;
import org.painwise.config.Violations;
import org.painwise.lesson.LessonService;
import org.painwise.lesson.Module;
import org.painwise.progress.ProgressHistory.OpenPage;
import org.painwise.progress.ProgressService;
import org.painwise.progress.ScoreChart;
import org.painwise.quiz.QuizHistory;

/** therapist/client.xhtml?id=: one client's assignments, timeline and where they are stuck. */
@Named
@ViewScoped
public class ClientBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CareService care;
  @Inject private AssignmentService assignments;
  @Inject private ClientTimeline timeline;
  @Inject private ProgressService progress;
  @Inject private LessonService lessons;
  @Inject private SignedInUser user;
  @Inject private QuizHistory history;

  private Long id;
  private String name;
  private String email;
  private List<Assignment> current;
  private List<ClientTimeline.Entry> entries;
  private OpenPage stuck;
  private Set<Long> completed;
  private ScoreChart chart;

  private List<Module> modules;
  private Long newModuleId;

  /** The new assignment's due date and note; the form binds to its fields and constraints. */
  private AssignmentDraft draft = new AssignmentDraft();

  private Long editingId;

  /** The assignment being edited, the same type with the same rules. */
  private AssignmentDraft editDraft;

  public void load() {
    if (id == null) {
      Faces.responseSendError(SC_NOT_FOUND, null);
      return;
    }
    try {
      Account client = care.requireClient(user.requireId(), id);
      name = client.getDisplayName();
      email = client.getEmail();
      refresh();
    } catch (NotYourClientException e) {
      Faces.responseSendError(SC_NOT_FOUND, null);
    }
  }

  /** Assigns one module to this client, from their page. */
  public void assignOne() {
    try {
      AssignmentResult result =
          assignments.assign(user.requireId(), List.of(id), List.of(newModuleId), draft);
      if (!result.skipped().isEmpty()) {
        Messages.addError(
            "assignOne:module",
            "therapist_client.message.error.alreadyAssigned",
            result.skipped().get(0).moduleTitle());
        Faces.validationFailed();
        return;
      }
      Messages.addGlobalInfo("therapist_clients.message.info.assigned", result.made());
      draft.setNote(null);
      refresh();
    } catch (NotYourClientException e) {
      Messages.addGlobalError("therapist_client.message.error.gone");
    } catch (ConstraintViolationException e) {
      Violations.show("assignOne", e);
    }
  }

  private void refresh() throws NotYourClientException {
    modules = lessons.modules();
    current = assignments.forClient(user.requireId(), id);
    entries = timeline.timeline(user.requireId(), id);
    stuck = timeline.stuck(user.requireId(), id).orElse(null);
    completed = progress.completedModules(id);
    chart = history.chart(history.points(id));
  }

  public void startEdit(Assignment a) {
    editingId = a.getId();
    editDraft = AssignmentDraft.of(a);
  }

  public void saveEdit() {
    try {
      assignments.edit(user.requireId(), editingId, editDraft);
      Messages.addGlobalInfo("therapist_client.message.info.saved");
      editingId = null;
      refresh();
    } catch (NotYourClientException e) {
      Messages.addGlobalError("therapist_client.message.error.gone");
    } catch (ConstraintViolationException e) {
      Violations.show(null, e);
    }
  }

  public void withdraw(long assignmentId) {
    try {
      assignments.withdraw(user.requireId(), assignmentId);
      Messages.addGlobalInfo("therapist_client.message.info.withdrawn");
      refresh();
    } catch (NotYourClientException e) {
      Messages.addGlobalError("therapist_client.message.error.gone");
    }
  }

  public boolean isCompleted(Assignment a) {
    return completed.contains(a.getModule().getId());
  }

  public boolean isOverdue(Assignment a) {
    return a.isOverdue(LocalDate.now(), isCompleted(a));
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getName() {
    return name;
  }

  public String getEmail() {
    return email;
  }

  public List<Assignment> getCurrent() {
    return current;
  }

  public List<ClientTimeline.Entry> getEntries() {
    return entries;
  }

  public OpenPage getStuck() {
    return stuck;
  }

  public List<Module> getModules() {
    return modules;
  }

  public ScoreChart getChart() {
    return chart;
  }

  public Long getNewModuleId() {
    return newModuleId;
  }

  public void setNewModuleId(Long newModuleId) {
    this.newModuleId = newModuleId;
  }

  public AssignmentDraft getDraft() {
    return draft;
  }

  /** The earliest due date of a new assignment, for the date field's min. */
  public LocalDate getToday() {
    return LocalDate.now();
  }

  public Long getEditingId() {
    return editingId;
  }

  public AssignmentDraft getEditDraft() {
    return editDraft;
  }
}
