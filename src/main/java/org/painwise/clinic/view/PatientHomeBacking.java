package org.painwise.clinic.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.painwise.account.SignedInUser;
import org.painwise.clinic.Assignment;
import org.painwise.clinic.AssignmentService;
import org.painwise.clinic.DiscussedMark;
import org.painwise.clinic.DiscussedService;
import org.painwise.clinic.Notice;
import org.painwise.clinic.NoticeService;
import org.painwise.config.Languages;
import org.painwise.lesson.LessonPage;
import org.painwise.lesson.LessonService;
import org.painwise.lesson.Module;
import org.painwise.outcome.BoosterService;
import org.painwise.outcome.KnowledgeOffer;
import org.painwise.outcome.KnowledgeService;
import org.painwise.progress.ModuleProgress;
import org.painwise.progress.ProgressService;
import org.painwise.quiz.QuizService;

/** patient/index.xhtml: continue where you left off, and the modules under way. */
@Named
@RequestScoped
public class PatientHomeBacking {

  @Inject private LessonService lessons;
  @Inject private ProgressService progress;
  @Inject private SignedInUser user;
  @Inject private AssignmentService assignments;
  @Inject private NoticeService notices;
  @Inject private QuizService quizzes;
  @Inject private KnowledgeService knowledge;
  @Inject private DiscussedService discussed;
  @Inject private BoosterService boosters;

  private LessonPage lastPage;
  private List<Assignment> assigned;
  private List<Notice> unread;
  private Map<Long, String> noticeTexts;
  private Map<Long, Integer> scores;
  private List<Module> started;
  private Map<Long, ModuleProgress> progressByModule;
  private KnowledgeOffer knowledgeOffer;
  private List<DiscussedMark> discussedMarks;
  private List<BoosterService.Offer> boostersDue;

  @PostConstruct
  void load() {
    long me = user.requireId();
    lastPage = progress.lastPage(me).orElse(null);
    progressByModule = progress.progress(me);
    assigned = assignments.forPatient(me);
    Set<Long> assignedModules =
        assigned.stream().map(a -> a.getModule().getId()).collect(Collectors.toSet());
    started =
        lessons.modules().stream()
            .filter(m -> !assignedModules.contains(m.getId()))
            .filter(
                m ->
                    progressByModule.get(m.getId()) != null
                        && progressByModule.get(m.getId()).started())
            .toList();
    readNotices(me);
    scores = quizzes.latestScores(me);
    knowledgeOffer = knowledge.offer(me);
    discussedMarks = discussed.mine(me);
    boostersDue = boosters.due(me, BoosterService.today());
  }

  /** The modules the patient's therapists marked as discussed in session, newest first. */
  public List<DiscussedMark> getDiscussed() {
    return discussedMarks;
  }

  /** The boosters due now (4 or 12 weeks after a module was completed). */
  public List<BoosterService.Offer> getBoostersDue() {
    return boostersDue;
  }

  /** NONE, BEFORE (nothing completed yet) or AFTER (every module completed): see KnowledgeOffer. */
  public String getKnowledgeOffer() {
    return knowledgeOffer.name();
  }

  /** The latest quiz score in a module, or null before the first attempt. */
  public Integer latestScore(long moduleId) {
    return scores.get(moduleId);
  }

  public void dismiss(long noticeId) {
    notices.dismiss(user.requireId(), noticeId);
    readNotices(user.requireId());
  }

  private void readNotices(long me) {
    unread = notices.unread(me);
    noticeTexts = notices.texts(me, unread, Languages.ofView());
  }

  /** What a notice says, a module's title in the page's language. */
  public String text(Notice notice) {
    return noticeTexts.getOrDefault(notice.getId(), notice.getText());
  }

  public boolean isOverdue(Assignment a) {
    ModuleProgress p = progressByModule.get(a.getModule().getId());
    return a.isOverdue(LocalDate.now(), p != null && p.complete());
  }

  public List<Assignment> getAssigned() {
    return assigned;
  }

  public List<Notice> getNotices() {
    return unread;
  }

  public LessonPage getLastPage() {
    return lastPage;
  }

  public List<Module> getStarted() {
    return started;
  }

  public ModuleProgress progressOf(Module m) {
    return progressByModule.get(m.getId());
  }

  public ModuleProgress progressOfModule(long moduleId) {
    return progressByModule.get(moduleId);
  }
}
