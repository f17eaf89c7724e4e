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
import org.painwise.clinic.ClientOutcomes;
import org.painwise.clinic.ClientTimeline;
import org.painwise.clinic.DiscussedMark;
import org.painwise.clinic.DiscussedService;
import org.painwise.clinic.JournalDiscussedMark;
import org.painwise.clinic.NotYourClientException;
import org.painwise.clinic.OutcomeTimeline;
import org.painwise.clinic.SessionNote;
import org.painwise.config.Dates;
import org.painwise.config.Violations;
import org.painwise.lesson.LessonService;
import org.painwise.lesson.Module;
import org.painwise.outcome.BoosterService;
import org.painwise.outcome.Checkin;
import org.painwise.outcome.JournalBalance;
import org.painwise.outcome.JournalItem;
import org.painwise.outcome.KnowledgeGain;
import org.painwise.outcome.Measure;
import org.painwise.outcome.MeasureChart;
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
  @Inject private ClientOutcomes outcomes;
  @Inject private Dates dates;
  @Inject private DiscussedService discussed;
  @Inject private org.painwise.clinic.JournalDiscussedService journalDiscussed;

  private Long id;
  private String name;
  private String email;
  private List<Assignment> current;
  private List<ClientTimeline.Entry> entries;
  private OpenPage stuck;
  private Set<Long> completed;
  private ScoreChart chart;
  private ClientOutcomes.SharedCheckins checkins;
  private List<MeasureChart> checkinCharts;
  private KnowledgeGain knowledge;
  private List<SessionNote> sessions;
  private OutcomeTimeline outcomeTimeline;
  private List<DiscussedMark> marks;
  private Long markModuleId;
  private String markNote;
  private List<JournalItem> journal;
  private JournalBalance journalBalance;
  private java.util.Map<Long, JournalDiscussedMark> journalMarks;
  private Long markItemId;
  private String markItemNote;
  private List<BoosterService.Result> boosters;

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
    checkins = outcomes.checkins(user.requireId(), id).orElse(null);
    knowledge = outcomes.knowledge(user.requireId(), id).orElse(null);
    sessions = outcomes.sessions(user.requireId(), id).orElse(null);
    outcomeTimeline =
        OutcomeTimeline.of(checkins == null ? null : checkins.checkins(), knowledge, dates::format);
    marks = discussed.forClient(user.requireId(), id);
    List<JournalItem> shared = outcomes.journal(user.requireId(), id).orElse(null);
    journal = shared == null ? null : shared.stream().filter(JournalItem::isActive).toList();
    journalBalance =
        shared == null
            ? null
            : JournalBalance.of(
                shared, java.time.Instant.now(), java.time.ZoneId.systemDefault(), dates::day);
    journalMarks = new java.util.HashMap<>();
    if (shared != null) {
      for (JournalDiscussedMark m : journalDiscussed.forClient(user.requireId(), id)) {
        journalMarks.put(m.getItemId(), m);
      }
    }
    boosters = outcomes.boosters(user.requireId(), id).orElse(null);
    checkinCharts =
        checkins == null
            ? List.of()
            : java.util.stream.Stream.of(
                    Measure.PAIN_NOW,
                    Measure.PEG_PAIN,
                    Measure.PEG_ENJOYMENT,
                    Measure.PEG_ACTIVITY,
                    Measure.STRESS,
                    Measure.SLEEP,
                    Measure.MOOD)
                .map(m -> MeasureChart.of(m, checkins.checkins(), dates::format))
                .toList();
  }

  /**
   * Marks one of the client's shared journal items as discussed in session, with an optional note
   * for them. Gone (no share, no link, no such item) says so, and nothing is marked.
   */
  public void markJournalDiscussed() {
    try {
      journalDiscussed.mark(user.requireId(), id, markItemId, markItemNote);
      Messages.addGlobalInfo("therapist_client.message.info.journalDiscussed");
      markItemNote = null;
      refresh();
    } catch (NotYourClientException e) {
      Messages.addGlobalError("therapist_client.message.error.journalGone");
    } catch (ConstraintViolationException e) {
      Violations.show(null, e);
    }
  }

  /** Your mark on one journal item of this client, or null. */
  public JournalDiscussedMark journalMark(long itemId) {
    return journalMarks == null ? null : journalMarks.get(itemId);
  }

  public Long getMarkItemId() {
    return markItemId;
  }

  public void setMarkItemId(Long markItemId) {
    this.markItemId = markItemId;
  }

  public String getMarkItemNote() {
    return markItemNote;
  }

  public void setMarkItemNote(String markItemNote) {
    this.markItemNote = markItemNote;
  }

  /** Marks a module as discussed in session with this client, with an optional note for them. */
  public void markDiscussed() {
    try {
      discussed.mark(user.requireId(), id, markModuleId, markNote);
      Messages.addGlobalInfo("therapist_client.message.info.discussed");
      markNote = null;
      refresh();
    } catch (NotYourClientException e) {
      Messages.addGlobalError("therapist_client.message.error.gone");
    } catch (ConstraintViolationException e) {
      Violations.show(null, e);
    }
  }

  /**
   * Knowledge gain and symptom change on one time axis, of what the client shares (maybe empty).
   */
  public OutcomeTimeline getOutcomeTimeline() {
    return outcomeTimeline;
  }

  /** The client's notes before and after sessions, or null when they do not share them with you. */
  public List<SessionNote> getSessions() {
    return sessions;
  }

  /** The modules you marked as discussed in session with this client, newest first. */
  public List<DiscussedMark> getMarks() {
    return marks;
  }

  public Long getMarkModuleId() {
    return markModuleId;
  }

  public void setMarkModuleId(Long markModuleId) {
    this.markModuleId = markModuleId;
  }

  public String getMarkNote() {
    return markNote;
  }

  public void setMarkNote(String markNote) {
    this.markNote = markNote;
  }

  /** The client's shared check-ins, or null when they do not share them with this therapist. */
  public ClientOutcomes.SharedCheckins getCheckins() {
    return checkins;
  }

  /** The items in the client's shared journal now, or null when they do not share it with you. */
  public List<JournalItem> getJournal() {
    return journal;
  }

  /** The weekly balance of the client's shared journal, or null when they do not share it. */
  public JournalBalance getJournalBalance() {
    return journalBalance;
  }

  /** The client's shared booster results, or null when they do not share them with you. */
  public List<BoosterService.Result> getBoosters() {
    return boosters;
  }

  /** Whether the client shares booster results with you. */
  public boolean isBoostersShared() {
    return boosters != null;
  }

  /** The client's shared knowledge checks, or null when they do not share them with you. */
  public KnowledgeGain getKnowledge() {
    return knowledge;
  }

  public List<MeasureChart> getCheckinCharts() {
    return checkinCharts;
  }

  /** Shared check-ins newest first, for the table. */
  public List<Checkin> getCheckinRows() {
    List<Checkin> out = new java.util.ArrayList<>(checkins.checkins());
    java.util.Collections.reverse(out);
    return out;
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
