package org.painwise.outcome;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.painwise.account.Guarded;
import org.painwise.account.Role;
import org.painwise.account.Self;
import org.painwise.lesson.LessonService;
import org.painwise.lesson.Module;
import org.painwise.quiz.BoosterQuestions;
import org.painwise.quiz.QuizService;

/**
 * Boosters: 4 and 12 weeks after a module is completed, a short re-check drawn from the module's
 * published quiz ({@link BoosterQuestions}); it is not a quiz attempt. A patient sees what is due,
 * takes it once and reads their results; anyone else reads the results only when a {@link
 * BoosterAccess} says so (a therapist the patient shares them with), and otherwise gets "not
 * found".
 */
@ApplicationScoped
@Transactional
@Guarded
public class BoosterService {

  /** A booster due for the patient, as the dashboard offers it. */
  public record Offer(String moduleSlug, String moduleTitle, int weeks, LocalDate dueOn)
      implements Serializable {}

  /** A booster taken, as the patient and a sharing therapist read it. */
  public record Result(
      String moduleSlug, String moduleTitle, int weeks, Instant takenAt, int scorePercent)
      implements Serializable {}

  /** A patient to remind that a booster became due (for the clinic's reminders). */
  public record Reminder(
      long patientId,
      String email,
      String language,
      String moduleSlug,
      String moduleTitle,
      int weeks,
      LocalDate dueOn) {}

  @PersistenceContext private EntityManager em;
  @Inject private Instance<BoosterAccess> access;
  @Inject private BoosterQuestions questions;
  @Inject private QuizService quizzes;
  @Inject private LessonService lessons;

  /** Today, as boosters count days (UTC). */
  public static LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }

  /** The boosters due for the patient on {@code today}, oldest first. */
  @Guarded(Role.PATIENT)
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Offer> due(@Self long patientId, LocalDate today) {
    Map<Long, Module> modules = modulesById();
    return dueOf(patientId, today).stream()
        .filter(d -> modules.containsKey(d.moduleId()))
        .map(
            d -> {
              Module m = modules.get(d.moduleId());
              return new Offer(m.getSlug(), m.getTitle(), d.weeks(), d.dueOn());
            })
        .toList();
  }

  /**
   * The questions of a booster due now, drawn afresh; "not found" when it is not due (or taken) or
   * the module's quiz has too few questions.
   */
  @Guarded(Role.PATIENT)
  @Transactional(Transactional.TxType.SUPPORTS)
  public BoosterQuestions.Drawn open(
      @Self long patientId, String moduleSlug, int weeks, String language, LocalDate today)
      throws BoosterNotFoundException {
    return open(
        patientId, moduleSlug, weeks, language, today, new java.security.SecureRandom().nextLong());
  }

  /**
   * The questions of a booster due now, drawn with this seed: the same seed draws the same
   * questions, so a page that keeps no state can draw them again when its form comes back.
   */
  @Guarded(Role.PATIENT)
  @Transactional(Transactional.TxType.SUPPORTS)
  public BoosterQuestions.Drawn open(
      @Self long patientId,
      String moduleSlug,
      int weeks,
      String language,
      LocalDate today,
      long seed)
      throws BoosterNotFoundException {
    requireDue(patientId, moduleSlug, weeks, today);
    return questions.draw(moduleSlug, language, seed).orElseThrow(BoosterNotFoundException::new);
  }

  /**
   * Scores and saves a booster (once: a second submit, or a booster not due, is "not found").
   *
   * @param questionIds the questions shown, in order
   * @param answers the answers in the quiz's encoding, by question id (blank: not answered)
   */
  @Guarded(Role.PATIENT)
  public Result take(
      @Self long patientId,
      String moduleSlug,
      int weeks,
      String language,
      List<Long> questionIds,
      Map<Long, String> answers,
      LocalDate today)
      throws BoosterNotFoundException {
    Module module = requireDue(patientId, moduleSlug, weeks, today);
    int score =
        questions
            .score(moduleSlug, language, questionIds, answers)
            .orElseThrow(BoosterNotFoundException::new);
    Booster b =
        new Booster(
            patientId,
            module.getId(),
            weeks,
            score,
            questionIds.size(),
            language == null ? "en" : language,
            Instant.now());
    em.persist(b);
    em.flush();
    return result(b, Map.of(module.getId(), module));
  }

  /** The patient's own results, oldest first. */
  @Guarded(Role.PATIENT)
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Result> mine(@Self long patientId) {
    return results(patientId);
  }

  /** Every booster of an account, for "export my data" (any role's own). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Result> exportOf(@Self long accountId) {
    return results(accountId);
  }

  /**
   * A patient's results as {@code viewerId} may see them: their own, or a patient who shares
   * boosters with them. Anyone else: "not found".
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Result> of(@Self long viewerId, long patientId) throws BoosterNotFoundException {
    if (viewerId != patientId
        && access.stream().noneMatch(a -> a.mayReadBoosters(viewerId, patientId))) {
      throw new BoosterNotFoundException();
    }
    return results(patientId);
  }

  /**
   * Patients with a booster that became due in the week up to {@code today} (one per patient: the
   * latest), for the reminders; run as the system.
   */
  @Guarded(Role.ADMIN)
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Reminder> newlyDue(LocalDate today) {
    Instant from =
        today
            .minusWeeks(BoosterSchedule.LATE)
            .minusDays(7)
            .atStartOfDay(ZoneOffset.UTC)
            .toInstant();
    Instant to =
        today
            .minusWeeks(BoosterSchedule.EARLY)
            .plusDays(1)
            .atStartOfDay(ZoneOffset.UTC)
            .toInstant();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT DISTINCT c.account_id, a.email, a.language FROM module_completion c"
                    + " JOIN account a ON a.id = c.account_id"
                    + " WHERE a.role = 'PATIENT' AND c.completed_at >= :from AND c.completed_at < :to"
                    + " ORDER BY c.account_id")
            .setParameter("from", from)
            .setParameter("to", to)
            .setMaxResults(5000)
            .getResultList();
    Map<Long, Module> modules = modulesById();
    List<Reminder> reminders = new ArrayList<>();
    for (Object[] r : rows) {
      long patient = ((Number) r[0]).longValue();
      dueOf(patient, today).stream()
          .filter(d -> BoosterSchedule.newlyDue(d, today) && modules.containsKey(d.moduleId()))
          .reduce((a, b) -> b)
          .ifPresent(
              d -> {
                Module m = modules.get(d.moduleId());
                reminders.add(
                    new Reminder(
                        patient,
                        (String) r[1],
                        (String) r[2],
                        m.getSlug(),
                        m.getTitle(),
                        d.weeks(),
                        d.dueOn()));
              });
    }
    return reminders;
  }

  private Module requireDue(long patientId, String moduleSlug, int weeks, LocalDate today)
      throws BoosterNotFoundException {
    Module module = lessons.module(moduleSlug).orElseThrow(BoosterNotFoundException::new);
    boolean due =
        dueOf(patientId, today).stream()
            .anyMatch(d -> d.moduleId() == module.getId() && d.weeks() == weeks);
    if (!due) {
      throw new BoosterNotFoundException();
    }
    return module;
  }

  /** The boosters due for a patient, for modules that have a published quiz. */
  private List<BoosterSchedule.Due> dueOf(long patientId, LocalDate today) {
    Set<Long> withQuiz = quizzes.modulesWithQuiz();
    Map<Long, Instant> completions = new HashMap<>();
    em.createQuery(
            "select c.key.moduleId, c.completedAt from ModuleCompletion c"
                + " where c.key.accountId = :a",
            Object[].class)
        .setParameter("a", patientId)
        .getResultList()
        .forEach(
            r -> {
              if (withQuiz.contains((Long) r[0])) {
                completions.put((Long) r[0], (Instant) r[1]);
              }
            });
    Set<String> taken = new HashSet<>();
    for (Booster b : read(patientId)) {
      taken.add(BoosterSchedule.key(b.getModuleId(), b.getWeeks()));
    }
    return BoosterSchedule.due(completions, taken, today);
  }

  private List<Result> results(long accountId) {
    Map<Long, Module> modules = modulesById();
    return read(accountId).stream().map(b -> result(b, modules)).toList();
  }

  private static Result result(Booster b, Map<Long, Module> modules) {
    Module m = modules.get(b.getModuleId());
    return new Result(
        m == null ? "" : m.getSlug(),
        m == null ? "" : m.getTitle(),
        b.getWeeks(),
        b.getTakenAt(),
        b.getScorePercent());
  }

  private List<Booster> read(long accountId) {
    return em.createNamedQuery("Booster.findByAccount", Booster.class)
        .setParameter("a", accountId)
        .getResultList();
  }

  private Map<Long, Module> modulesById() {
    Map<Long, Module> all = new HashMap<>();
    lessons.modules().forEach(m -> all.put(m.getId(), m));
    return all;
  }
}
