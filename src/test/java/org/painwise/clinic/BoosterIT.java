package org.painwise.clinic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.painwise.account.AccessDeniedException;
import org.painwise.account.Account;
import org.painwise.account.AccountService;
import org.painwise.account.PersonalDataExport;
import org.painwise.account.Role;
import org.painwise.config.Outbox;
import org.painwise.lesson.LessonService;
import org.painwise.outcome.BoosterNotFoundException;
import org.painwise.outcome.BoosterService;
import org.painwise.outcome.CheckinReminders;
import org.painwise.quiz.BoosterQuestions;
import org.painwise.quiz.Sheet;
import org.painwise.testsupport.AlsoOnPostgreSQL;
import org.painwise.testsupport.InContainer;
import org.painwise.testsupport.TestCaller;

/**
 * Boosters in the container: due 4 weeks after a module was completed, taken once from the module's
 * published quiz (not a quiz attempt), read by a therapist only while shared (another patient,
 * another therapist, a therapist with only another share, a withdrawn share: not found), exported
 * and deleted with the account; and the reminders, driven by the timer's service with a date: a
 * booster reminder once when a booster becomes due, a daily check-in reminder only for patients who
 * opted in, at most once per person, kind and day (outbox and notices).
 */
@AlsoOnPostgreSQL
@ExtendWith(InContainer.class)
class BoosterIT {

  private static final String MODULE = "pain-alarm-system";

  @Inject AccountService accounts;
  @Inject CareService care;
  @Inject ShareService shares;
  @Inject BoosterService boosters;
  @Inject ClientOutcomes outcomes;
  @Inject PersonalDataExport export;
  @Inject ReminderService reminders;
  @Inject CheckinReminders checkinReminders;
  @Inject LessonService lessons;
  @Inject Outbox outbox;
  @Inject UserTransaction tx;

  @PersistenceContext EntityManager em;

  Account sharedWith;
  Account checkinsOnly;
  Account otherTherapist;
  Account client;
  Account stranger;
  long moduleId;

  @BeforeEach
  void people() throws Exception {
    TestCaller.clear();
    sharedWith = account("t", Role.THERAPIST);
    checkinsOnly = account("l", Role.THERAPIST);
    otherTherapist = account("o", Role.THERAPIST);
    client = account("c", Role.PATIENT);
    stranger = account("s", Role.PATIENT);
    care.redeem(client.getId(), care.invite(sharedWith.getId(), 14).getCode());
    care.redeem(client.getId(), care.invite(checkinsOnly.getId(), 14).getCode());
    shares.share(client.getId(), sharedWith.getId(), ShareKind.BOOSTERS);
    shares.share(client.getId(), checkinsOnly.getId(), ShareKind.CHECKINS);
    moduleId = lessons.module(MODULE).orElseThrow().getId();
  }

  @AfterEach
  void asTheSystemAgain() {
    TestCaller.clear();
  }

  @Test
  void aDueBoosterIsTakenOnceAndOnlyTheTherapistSharedWithReadsIt() throws Exception {
    LocalDate today = BoosterService.today();
    completed(client, today.minusDays(30));

    TestCaller.as(client);
    assertEquals(List.of(), boosters.due(client.getId(), today.minusDays(3)));
    List<BoosterService.Offer> due = boosters.due(client.getId(), today);
    assertEquals(1, due.size());
    assertEquals(MODULE, due.get(0).moduleSlug());
    assertEquals(4, due.get(0).weeks());
    assertThrows(
        BoosterNotFoundException.class,
        () -> boosters.open(client.getId(), MODULE, 12, "en", today));

    BoosterQuestions.Drawn drawn = boosters.open(client.getId(), MODULE, 4, "fr", today);
    int n = drawn.questions().size();
    assertTrue(n >= BoosterQuestions.MIN && n <= BoosterQuestions.MAX, "3 to 5 questions: " + n);
    assertEquals("fr", drawn.language());
    assertTrue(drawn.questions().stream().anyMatch(q -> q.language().equals("fr")));
    List<Long> ids = drawn.questions().stream().map(Sheet.Question::id).toList();

    // A question that is not the module's is refused and saves nothing.
    List<Long> foreign = new ArrayList<>(ids);
    foreign.set(0, -1L);
    assertThrows(
        BoosterNotFoundException.class,
        () -> boosters.take(client.getId(), MODULE, 4, "fr", foreign, Map.of(), today));

    BoosterService.Result taken =
        boosters.take(client.getId(), MODULE, 4, "fr", ids, Map.of(), today);
    assertEquals(0, taken.scorePercent());
    assertEquals(List.of(), boosters.due(client.getId(), today));
    // A double submit saves once.
    assertThrows(
        BoosterNotFoundException.class,
        () -> boosters.take(client.getId(), MODULE, 4, "fr", ids, Map.of(), today));
    assertEquals(1, boosters.mine(client.getId()).size());
    // Not a quiz attempt.
    assertEquals(
        0L, count("SELECT COUNT(*) FROM quiz_attempt WHERE account_id = " + client.getId()));
    // The 12-week booster comes 12 weeks after completion.
    assertEquals(12, boosters.due(client.getId(), today.plusWeeks(9)).get(0).weeks());

    TestCaller.as(stranger);
    assertThrows(AccessDeniedException.class, () -> boosters.mine(client.getId()));
    assertThrows(
        BoosterNotFoundException.class, () -> boosters.of(stranger.getId(), client.getId()));
    assertThrows(
        AccessDeniedException.class, () -> boosters.open(client.getId(), MODULE, 4, "en", today));
    assertEquals(List.of(), boosters.due(stranger.getId(), today));

    TestCaller.as(otherTherapist);
    assertThrows(
        BoosterNotFoundException.class, () -> boosters.of(otherTherapist.getId(), client.getId()));
    assertThrows(
        NotYourClientException.class,
        () -> outcomes.boosters(otherTherapist.getId(), client.getId()));

    TestCaller.as(checkinsOnly);
    assertThrows(
        BoosterNotFoundException.class, () -> boosters.of(checkinsOnly.getId(), client.getId()));
    assertTrue(outcomes.boosters(checkinsOnly.getId(), client.getId()).isEmpty());

    TestCaller.as(sharedWith);
    assertEquals(1, boosters.of(sharedWith.getId(), client.getId()).size());
    assertEquals(
        4, outcomes.boosters(sharedWith.getId(), client.getId()).orElseThrow().get(0).weeks());

    TestCaller.as(client);
    shares.withdraw(client.getId(), sharedWith.getId(), ShareKind.BOOSTERS);
    TestCaller.as(sharedWith);
    assertThrows(
        BoosterNotFoundException.class, () -> boosters.of(sharedWith.getId(), client.getId()));
    assertTrue(outcomes.boosters(sharedWith.getId(), client.getId()).isEmpty());

    TestCaller.as(client);
    JsonObject json = export.export(client.getId());
    assertEquals(1, json.getJsonArray("boosters").size());
    assertEquals(MODULE, json.getJsonArray("boosters").getJsonObject(0).getString("module"));
    assertEquals(4, json.getJsonArray("boosters").getJsonObject(0).getInt("weeks"));
    checkinReminders.set(client.getId(), true);
    accounts.delete(client.getId());
    TestCaller.clear();
    assertEquals(0L, count("SELECT COUNT(*) FROM booster WHERE account_id = " + client.getId()));
    assertEquals(
        0L, count("SELECT COUNT(*) FROM checkin_reminder WHERE account_id = " + client.getId()));
  }

  @Test
  void remindersGoOncePerPersonKindAndDayInTheRecipientsLanguage() throws Exception {
    // A day far from the other tests' data, so that this run reminds only our patients. The timer's
    // run sends these with the assignment reminders; those are left to ReminderIT, whose data a
    // far-future run would disturb.
    LocalDate day = LocalDate.of(2031, 3, 10).plusDays(UUID.randomUUID().hashCode() & 511);
    completed(client, day.minusWeeks(4));
    TestCaller.clear();
    tx.begin();
    em.createNativeQuery("UPDATE account SET language = 'fr' WHERE id = " + client.getId())
        .executeUpdate();
    tx.commit();
    Account optedIn = account("d", Role.PATIENT);
    TestCaller.as(optedIn);
    assertTrue(!checkinReminders.isOn(optedIn.getId()), "off by default");
    checkinReminders.set(optedIn.getId(), true);
    checkinReminders.set(optedIn.getId(), true);
    assertTrue(checkinReminders.isOn(optedIn.getId()));
    TestCaller.as(stranger);
    assertThrows(AccessDeniedException.class, () -> checkinReminders.set(optedIn.getId(), false));

    TestCaller.clear();
    reminders.personal(day);
    reminders.personal(day);
    assertEquals(1, mails(client, "mail.subject.BOOSTER_DUE"));
    assertEquals("fr", outbox.latestTo(client.getEmail()).orElseThrow().locale().getLanguage());
    assertEquals(1, notices(client, Notice.Kind.BOOSTER_DUE));
    assertEquals(1, ledger(optedIn, Notice.Kind.CHECKIN, day));
    // Every check-in letter has its ledger row (another fork's run on another day may add one).
    assertEquals(
        ledger(optedIn, Notice.Kind.CHECKIN, null), mails(optedIn, "mail.subject.CHECKIN"));
    assertEquals(ledger(optedIn, Notice.Kind.CHECKIN, null), notices(optedIn, Notice.Kind.CHECKIN));
    // Not opted in: no check-in reminder; no completion: no booster reminder.
    assertEquals(0, mails(client, "mail.subject.CHECKIN"));
    assertEquals(0, mails(stranger, null));

    // The next day: the booster was reminded of already; the check-in reminder goes again.
    reminders.personal(day.plusDays(1));
    assertEquals(1, mails(client, "mail.subject.BOOSTER_DUE"));
    assertEquals(1, ledger(optedIn, Notice.Kind.CHECKIN, day));
    assertEquals(1, ledger(optedIn, Notice.Kind.CHECKIN, day.plusDays(1)));
    assertEquals(
        ledger(optedIn, Notice.Kind.CHECKIN, null), mails(optedIn, "mail.subject.CHECKIN"));

    // Turned off: no more.
    TestCaller.as(optedIn);
    checkinReminders.set(optedIn.getId(), false);
    TestCaller.clear();
    long before = mails(optedIn, "mail.subject.CHECKIN");
    reminders.personal(day.plusDays(2));
    assertEquals(0, ledger(optedIn, Notice.Kind.CHECKIN, day.plusDays(2)));
    assertEquals(before, mails(optedIn, "mail.subject.CHECKIN"));

    // The 12-week booster is reminded of when it becomes due.
    reminders.personal(day.plusWeeks(8));
    assertEquals(2, mails(client, "mail.subject.BOOSTER_DUE"));
    assertEquals(1, ledger(client, Notice.Kind.BOOSTER_DUE, day.plusWeeks(8)));
    assertEquals(2, notices(client, Notice.Kind.BOOSTER_DUE));
  }

  /** Rows of the daily ledger for a person and kind, on one day (null: all days). */
  private long ledger(Account a, Notice.Kind kind, LocalDate on) {
    return count(
        "SELECT COUNT(*) FROM reminder_daily WHERE kind = '"
            + kind.name()
            + "' AND account_id = "
            + a.getId()
            + (on == null ? "" : " AND sent_on = DATE '" + on + "'"));
  }

  /** Letters in the outbox to this person whose subject starts like the key's (null: any). */
  private long mails(Account to, String subjectKey) {
    String en = subjectKey == null ? "" : prefix(subjectKey, java.util.Locale.ENGLISH);
    String fr = subjectKey == null ? "" : prefix(subjectKey, java.util.Locale.CANADA_FRENCH);
    return outbox.page(to.getEmail(), 0, 1000).stream()
        .filter(m -> m.to().equalsIgnoreCase(to.getEmail()))
        .filter(m -> m.subject().startsWith(en) || m.subject().startsWith(fr))
        .count();
  }

  private static String prefix(String key, java.util.Locale locale) {
    String subject =
        org.painwise.config.Mail.compose("x@example.org", locale, key, key, "\u0000", 4).subject();
    int cut = subject.indexOf('\u0000');
    return cut < 0 ? subject : subject.substring(0, cut);
  }

  private long notices(Account a, Notice.Kind kind) {
    return count(
        "SELECT COUNT(*) FROM notice WHERE account_id = "
            + a.getId()
            + " AND kind = '"
            + kind.name()
            + "'");
  }

  private void completed(Account a, LocalDate on) throws Exception {
    TestCaller.clear();
    tx.begin();
    em.createNativeQuery(
            "INSERT INTO module_completion (account_id, module_id, completed_at) VALUES (?, ?, ?)")
        .setParameter(1, a.getId())
        .setParameter(2, moduleId)
        .setParameter(3, on.atTime(10, 0).toInstant(ZoneOffset.UTC))
        .executeUpdate();
    tx.commit();
  }

  private long count(String sql) {
    return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
  }

  private Account account(String prefix, Role role) throws Exception {
    return accounts.register(
        prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org",
        prefix.toUpperCase() + " Booster",
        "a-good-password",
        role);
  }
}
