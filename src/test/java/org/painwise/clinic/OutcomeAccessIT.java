package org.painwise.clinic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.List;
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
import org.painwise.outcome.CheckinDraft;
import org.painwise.outcome.CheckinService;
import org.painwise.outcome.CheckinsNotFoundException;
import org.painwise.outcome.DuplicateCheckinException;
import org.painwise.outcome.RedFlag;
import org.painwise.testsupport.AlsoOnPostgreSQL;
import org.painwise.testsupport.InContainer;
import org.painwise.testsupport.TestCaller;

/**
 * Check-ins are the patient's, and a therapist reads them only while linked and while the patient
 * shares them: another patient, another therapist, a linked therapist without a share, and a
 * withdrawn share all get "not found". A red flag becomes a notice to sharing therapists only; the
 * client table shows the figures only when shared; the export holds the check-ins and deleting the
 * account removes them.
 */
@AlsoOnPostgreSQL
@ExtendWith(InContainer.class)
class OutcomeAccessIT {

  @Inject AccountService accounts;
  @Inject CareService care;
  @Inject ShareService shares;
  @Inject CheckinService checkins;
  @Inject ClientOutcomes outcomes;
  @Inject ClientDirectory directory;
  @Inject NoticeService notices;
  @Inject PersonalDataExport export;

  @PersistenceContext EntityManager em;

  Account sharedWith;
  Account linkedOnly;
  Account otherTherapist;
  Account client;
  Account stranger;

  /** As the system: the client is linked to two therapists and shares check-ins with one. */
  @BeforeEach
  void people() throws Exception {
    TestCaller.clear();
    sharedWith = account("t", Role.THERAPIST);
    linkedOnly = account("l", Role.THERAPIST);
    otherTherapist = account("o", Role.THERAPIST);
    client = account("c", Role.PATIENT);
    stranger = account("s", Role.PATIENT);
    care.redeem(client.getId(), care.invite(sharedWith.getId(), 14).getCode());
    care.redeem(client.getId(), care.invite(linkedOnly.getId(), 14).getCode());
    shares.share(client.getId(), sharedWith.getId(), ShareKind.CHECKINS);
  }

  @AfterEach
  void asTheSystemAgain() {
    TestCaller.clear();
  }

  @Test
  void onlyTheSharingClientsTherapistReadsCheckinsAndEveryoneElseFindsNothing() throws Exception {
    TestCaller.as(client);
    checkins.record(client.getId(), CheckinDraft.of(6, 6, 5, 5, 4, 6, 6));
    assertEquals(1, checkins.mine(client.getId()).size());

    TestCaller.as(stranger);
    assertThrows(AccessDeniedException.class, () -> checkins.mine(client.getId()));
    assertThrows(
        CheckinsNotFoundException.class, () -> checkins.of(stranger.getId(), client.getId()));
    assertThrows(
        AccessDeniedException.class,
        () -> checkins.record(client.getId(), CheckinDraft.of(1, 1, 1, 1, 1, 1, 1)));
    assertThrows(AccessDeniedException.class, () -> export.export(client.getId()));

    TestCaller.as(otherTherapist);
    assertThrows(
        CheckinsNotFoundException.class, () -> checkins.of(otherTherapist.getId(), client.getId()));
    assertThrows(
        NotYourClientException.class,
        () -> outcomes.checkins(otherTherapist.getId(), client.getId()));
    assertThrows(
        AccessDeniedException.class, () -> outcomes.checkins(sharedWith.getId(), client.getId()));

    TestCaller.as(linkedOnly);
    assertThrows(
        CheckinsNotFoundException.class, () -> checkins.of(linkedOnly.getId(), client.getId()));
    assertTrue(outcomes.checkins(linkedOnly.getId(), client.getId()).isEmpty());

    TestCaller.as(sharedWith);
    assertEquals(1, checkins.of(sharedWith.getId(), client.getId()).size());
    assertEquals(
        1, outcomes.checkins(sharedWith.getId(), client.getId()).orElseThrow().checkins().size());
    assertThrows(
        AccessDeniedException.class,
        () -> shares.share(client.getId(), sharedWith.getId(), ShareKind.CHECKINS));

    // Withdrawn: hidden at once.
    TestCaller.as(client);
    shares.withdraw(client.getId(), sharedWith.getId(), ShareKind.CHECKINS);
    TestCaller.as(sharedWith);
    assertThrows(
        CheckinsNotFoundException.class, () -> checkins.of(sharedWith.getId(), client.getId()));
    assertTrue(outcomes.checkins(sharedWith.getId(), client.getId()).isEmpty());
  }

  @Test
  void aPatientCannotShareWithATherapistTheyAreNotLinkedTo() {
    TestCaller.as(client);
    assertThrows(
        NotYourClientException.class,
        () -> shares.share(client.getId(), otherTherapist.getId(), ShareKind.CHECKINS));
  }

  @Test
  void endingTheLinkWithdrawsTheShareForGood() throws Exception {
    TestCaller.as(client);
    care.unlink(client.getId(), sharedWith.getId());
    TestCaller.clear();
    care.redeem(client.getId(), care.invite(sharedWith.getId(), 14).getCode());
    TestCaller.as(sharedWith);
    assertTrue(outcomes.checkins(sharedWith.getId(), client.getId()).isEmpty());
  }

  @Test
  void aRedFlagTellsOnlyTheTherapistsTheClientSharesWith() throws Exception {
    TestCaller.as(client);
    checkins.record(client.getId(), CheckinDraft.of(8, 7, 7, 7, 8, 3, 3).flag(RedFlag.SELF_HARM));

    TestCaller.as(sharedWith);
    assertEquals(1, notices.unseenRedFlags(sharedWith.getId()).size());
    assertEquals(client.getId(), notices.unseenRedFlags(sharedWith.getId()).get(0).getPatientId());
    ClientRow row = row(sharedWith);
    assertEquals(8, row.latestPain());
    assertEquals(1, row.redFlags());
    // Reading the client's check-ins marks the flag seen.
    assertEquals(
        1, outcomes.checkins(sharedWith.getId(), client.getId()).orElseThrow().getFlagged().size());
    assertEquals(0, row(sharedWith).redFlags());
    assertTrue(notices.unseenRedFlags(sharedWith.getId()).isEmpty());

    TestCaller.as(linkedOnly);
    assertTrue(notices.unseenRedFlags(linkedOnly.getId()).isEmpty());
    ClientRow hidden = row(linkedOnly);
    assertEquals(null, hidden.latestPain());
    assertEquals(null, hidden.painChange());
    assertEquals(0, hidden.redFlags());
  }

  @Test
  void aNoticeOfARedFlagDisappearsWhenTheShareIsWithdrawn() throws Exception {
    TestCaller.as(client);
    checkins.record(client.getId(), CheckinDraft.of(5, 5, 5, 5, 5, 5, 5).flag(RedFlag.FEVER));
    shares.withdraw(client.getId(), sharedWith.getId(), ShareKind.CHECKINS);
    TestCaller.as(sharedWith);
    assertTrue(notices.unseenRedFlags(sharedWith.getId()).isEmpty());
    assertEquals(0, row(sharedWith).redFlags());
  }

  @Test
  void badInputIsRefusedAndADoubleSubmitSavesOnce() throws Exception {
    TestCaller.as(client);
    CheckinDraft outOfRange = CheckinDraft.of(11, 1, 1, 1, 1, 1, 1);
    assertThrows(
        ConstraintViolationException.class, () -> checkins.record(client.getId(), outOfRange));
    CheckinDraft missing = CheckinDraft.of(1, 1, 1, 1, 1, 1, 1);
    missing.setMood(null);
    assertThrows(
        ConstraintViolationException.class, () -> checkins.record(client.getId(), missing));
    CheckinDraft once = CheckinDraft.of(3, 3, 3, 3, 3, 3, 3);
    checkins.record(client.getId(), once);
    assertThrows(DuplicateCheckinException.class, () -> checkins.record(client.getId(), once));
    assertEquals(1, checkins.mine(client.getId()).size());
  }

  /**
   * The client table's check-in columns sort by their values (latest pain, its change against the
   * first week, unseen red flags), and a client who does not share check-ins sorts as having none,
   * whatever their own figures: the order never tells what the table hides.
   */
  @Test
  void theCheckinColumnsSortAndAHiddenClientSortsAsHavingNone() throws Exception {
    Account low = account("w", Role.PATIENT);
    Account hidden = account("h", Role.PATIENT);
    care.redeem(low.getId(), care.invite(sharedWith.getId(), 14).getCode());
    care.redeem(hidden.getId(), care.invite(sharedWith.getId(), 14).getCode());
    shares.share(low.getId(), sharedWith.getId(), ShareKind.CHECKINS);
    TestCaller.as(client);
    checkins.record(client.getId(), CheckinDraft.of(4, 4, 4, 4, 4, 4, 4));
    checkins.record(client.getId(), CheckinDraft.of(8, 7, 7, 7, 8, 3, 3).flag(RedFlag.FEVER));
    TestCaller.as(low);
    checkins.record(low.getId(), CheckinDraft.of(2, 2, 2, 2, 2, 2, 2));
    TestCaller.as(hidden);
    checkins.record(hidden.getId(), CheckinDraft.of(10, 9, 9, 9, 9, 1, 1).flag(RedFlag.FEVER));

    TestCaller.as(sharedWith);
    List<Long> painDown = List.of(client.getId(), low.getId(), hidden.getId());
    assertEquals(painDown, order("latestPain", false));
    assertEquals(List.of(low.getId(), client.getId(), hidden.getId()), order("latestPain", true));
    // The client's change is 8 against a first-week mean of 6; the other's is none.
    assertEquals(painDown, order("painChange", false));
    assertEquals(painDown, order("redFlags", false));
  }

  private List<Long> order(String column, boolean ascending) {
    return directory
        .page(sharedWith.getId(), "", column, ascending, 0, 10, LocalDate.now())
        .stream()
        .map(ClientRow::patientId)
        .toList();
  }

  @Test
  void checkinsAreExportedAndDeletedWithTheAccount() throws Exception {
    TestCaller.as(client);
    checkins.record(client.getId(), CheckinDraft.of(4, 4, 4, 4, 2, 8, 7).flag(RedFlag.NUMBNESS));
    JsonObject json = export.export(client.getId());
    assertEquals(1, json.getJsonArray("checkins").size());
    JsonObject first = json.getJsonArray("checkins").getJsonObject(0);
    assertEquals(4, first.getInt("PAIN_NOW"));
    assertEquals("NUMBNESS", first.getJsonArray("redFlags").getString(0));

    accounts.delete(client.getId());
    TestCaller.clear();
    assertEquals(0L, count("SELECT COUNT(*) FROM checkin WHERE account_id = ", client.getId()));
    assertEquals(
        0L, count("SELECT COUNT(*) FROM checkin_summary WHERE account_id = ", client.getId()));
    assertEquals(
        0L, count("SELECT COUNT(*) FROM outcome_share WHERE patient_id = ", client.getId()));
  }

  private long count(String sql, long id) {
    return ((Number) em.createNativeQuery(sql + id).getSingleResult()).longValue();
  }

  private ClientRow row(Account therapist) {
    List<ClientRow> rows =
        directory.page(therapist.getId(), "", "latestPain", false, 0, 10, LocalDate.now());
    return rows.stream().filter(r -> r.patientId() == client.getId()).findFirst().orElseThrow();
  }

  private Account account(String prefix, Role role) throws Exception {
    return accounts.register(
        prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org",
        prefix.toUpperCase() + " Outcome",
        "a-good-password",
        role);
  }
}
