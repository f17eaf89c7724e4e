package org.painwise.clinic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.painwise.account.Guarded;
import org.painwise.account.Role;
import org.painwise.config.Languages;
import org.painwise.config.Mail;
import org.painwise.config.Metrics;
import org.painwise.lesson.LessonTexts;
import org.painwise.outcome.BoosterService;
import org.painwise.outcome.CheckinReminders;

/**
 * Reminders about assignments: when something is assigned, two days before it is due, and once it
 * is overdue. Each (assignment, kind) is sent at most once, whatever the number of nodes or
 * restarts: a run claims it in {@code reminder_sent} first, and only the node whose insert
 * succeeded sends. Nothing is sent for a module the patient completed, or after they unlinked.
 * Emails go through {@link Mail}, in the patient's language.
 *
 * <p>Reminders about a person rather than an assignment (a booster that became due, the daily
 * check-in for patients who asked for it) go at most once per person, kind and day, claimed in
 * {@code reminder_daily}; a booster is reminded of once, on the first run after it became due.
 */
@ApplicationScoped
@Guarded(Role.ADMIN)
public class ReminderService {

  private static final Logger LOG = Logger.getLogger(ReminderService.class.getName());
  static final int DUE_SOON_DAYS = 2;

  /** One reminder to send. */
  record Due(
      long assignmentId,
      long patientId,
      String email,
      String language,
      String moduleSlug,
      String moduleTitle,
      LocalDate dueOn) {}

  @PersistenceContext private EntityManager em;
  @Inject private ReminderLedger ledger;
  @Inject private NoticeService notices;
  @Inject private Mail mail;
  @Inject private Metrics metrics;
  @Inject private LessonTexts texts;
  @Inject private BoosterService boosters;
  @Inject private CheckinReminders checkinReminders;

  /** What a run did. */
  public record RunResult(int assigned, int dueSoon, int overdue, int boosters, int checkins) {}

  /** Sends what is due on {@code today}. Safe to run any number of times, on any node. */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public RunResult run(LocalDate today) {
    int assigned = send(Notice.Kind.ASSIGNED, candidates(Notice.Kind.ASSIGNED, today), false);
    int soon = send(Notice.Kind.DUE_SOON, candidates(Notice.Kind.DUE_SOON, today), true);
    int overdue = send(Notice.Kind.OVERDUE, candidates(Notice.Kind.OVERDUE, today), true);
    Personal personal = personal(today);
    RunResult result =
        new RunResult(assigned, soon, overdue, personal.boosters(), personal.checkins());
    LOG.info(() -> "Reminders for " + today + ": " + result);
    metrics.count(Metrics.REMINDER_RUNS);
    return result;
  }

  /** What the reminders about a person (not an assignment) did. */
  public record Personal(int boosters, int checkins) {}

  /**
   * The reminders about a person for {@code today}: boosters that became due and the daily check-in
   * for patients who asked for it ({@link #run} sends them with the rest). Safe to run any number
   * of times, on any node.
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public Personal personal(LocalDate today) {
    return new Personal(sendBoosters(today), sendCheckins(today));
  }

  private int sendBoosters(LocalDate today) {
    int sent = 0;
    for (BoosterService.Reminder r : boosters.newlyDue(today)) {
      if (!claim(r.patientId(), Notice.Kind.BOOSTER_DUE, today, r.dueOn())) {
        continue;
      }
      Locale language = Languages.forMail(r.language(), null);
      String title =
          texts.moduleTitle(r.moduleSlug(), Languages.contentOf(language), r.moduleTitle());
      notices.add(r.patientId(), Notice.Kind.BOOSTER_DUE, null, title);
      mail.send(
          r.email(),
          language,
          "mail.subject.BOOSTER_DUE",
          "mail.body.BOOSTER_DUE",
          title,
          r.weeks());
      sent++;
    }
    return sent;
  }

  private int sendCheckins(LocalDate today) {
    int sent = 0;
    for (CheckinReminders.Recipient r : checkinReminders.recipients()) {
      if (!claim(r.patientId(), Notice.Kind.CHECKIN, today, today)) {
        continue;
      }
      notices.add(r.patientId(), Notice.Kind.CHECKIN, null, "");
      mail.send(
          r.email(),
          Languages.forMail(r.language(), null),
          "mail.subject.CHECKIN",
          "mail.body.CHECKIN");
      sent++;
    }
    return sent;
  }

  private boolean claim(long patientId, Notice.Kind kind, LocalDate today, LocalDate since) {
    try {
      return ledger.claimDaily(patientId, kind, today, since);
    } catch (PersistenceException | jakarta.transaction.TransactionalException raced) {
      return false; // another node claimed it at the same moment
    }
  }

  private int send(Notice.Kind kind, List<Due> due, boolean inAppNotice) {
    int sent = 0;
    for (Due d : due) {
      boolean claimed;
      try {
        claimed = ledger.claim(d.assignmentId(), kind);
      } catch (PersistenceException | jakarta.transaction.TransactionalException raced) {
        claimed = false; // another node claimed it at the same moment
      }
      if (!claimed) {
        continue;
      }
      if (inAppNotice) {
        notices.add(d.patientId(), kind, d.assignmentId(), d.moduleTitle());
      }
      Locale language = Languages.forMail(d.language(), null);
      // The module's title in the recipient's language, English where it is not translated.
      String title =
          texts.moduleTitle(d.moduleSlug(), Languages.contentOf(language), d.moduleTitle());
      mail.send(
          d.email(),
          language,
          "mail.subject." + kind.name(),
          "mail.body." + kind.name(),
          title,
          d.dueOn());
      sent++;
    }
    return sent;
  }

  /** Active, linked, not completed, not yet reminded of this kind, and due for it today. */
  private List<Due> candidates(Notice.Kind kind, LocalDate today) {
    String when =
        switch (kind) {
          case ASSIGNED -> "";
          case DUE_SOON -> " AND x.due_on >= :today AND x.due_on <= :soon";
          case OVERDUE -> " AND x.due_on < :today";
          case RED_FLAG, UNLINKED, BOOSTER_DUE, CHECKIN ->
              throw new IllegalArgumentException("not a kind of reminder: " + kind);
        };
    var q =
        em.createNativeQuery(
            "SELECT x.id, x.patient_id, a.email, a.language, m.slug, m.title, x.due_on"
                + " FROM assignment x JOIN account a ON a.id = x.patient_id"
                + " JOIN lesson_module m ON m.id = x.module_id"
                + " WHERE x.withdrawn_at IS NULL"
                + " AND EXISTS (SELECT 1 FROM care_link l WHERE l.therapist_id = x.therapist_id"
                + "   AND l.patient_id = x.patient_id AND l.unlinked_at IS NULL)"
                + " AND NOT EXISTS (SELECT 1 FROM module_completion c WHERE c.account_id = x.patient_id"
                + "   AND c.module_id = x.module_id)"
                + " AND NOT EXISTS (SELECT 1 FROM reminder_sent r WHERE r.assignment_id = x.id"
                + "   AND r.kind = :kind)"
                + when
                + " ORDER BY x.id");
    q.setParameter("kind", kind.name());
    if (kind != Notice.Kind.ASSIGNED) {
      q.setParameter("today", today);
    }
    if (kind == Notice.Kind.DUE_SOON) {
      q.setParameter("soon", today.plusDays(DUE_SOON_DAYS));
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = q.setMaxResults(5000).getResultList();
    return rows.stream()
        .map(
            r ->
                new Due(
                    ((Number) r[0]).longValue(),
                    ((Number) r[1]).longValue(),
                    (String) r[2],
                    (String) r[3],
                    (String) r[4],
                    (String) r[5],
                    toDate(r[6])))
        .toList();
  }

  private static LocalDate toDate(Object value) {
    return value instanceof LocalDate d
        ? d
        : value instanceof java.sql.Date s ? s.toLocalDate() : LocalDate.parse(value.toString());
  }
}
