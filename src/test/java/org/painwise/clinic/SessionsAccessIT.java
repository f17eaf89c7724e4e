package org.painwise.clinic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolationException;
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
import org.painwise.lesson.LessonService;
import org.painwise.lesson.Module;
import org.painwise.testsupport.AlsoOnPostgreSQL;
import org.painwise.testsupport.InContainer;
import org.painwise.testsupport.TestCaller;

/**
 * Session notes are the patient's, and a therapist reads them only while linked and while the
 * patient shares {@link ShareKind#SESSIONS}: another patient, another therapist, a linked therapist
 * with only another share, a withdrawn share and an ended link all get "not found". Only the
 * client's own linked therapist marks a module as discussed in session; the client reads the mark
 * and its note. Both are in the export and go with the account.
 */
@AlsoOnPostgreSQL
@ExtendWith(InContainer.class)
class SessionsAccessIT {

  @Inject AccountService accounts;
  @Inject CareService care;
  @Inject ShareService shares;
  @Inject SessionService sessions;
  @Inject DiscussedService discussed;
  @Inject ClientOutcomes outcomes;
  @Inject LessonService lessons;
  @Inject PersonalDataExport export;

  @PersistenceContext EntityManager em;

  Account sharedWith;
  Account knowledgeOnly;
  Account otherTherapist;
  Account client;
  Account stranger;
  Module module;

  /** As the system: the client is linked to two therapists; one sees the session notes. */
  @BeforeEach
  void people() throws Exception {
    TestCaller.clear();
    sharedWith = account("t", Role.THERAPIST);
    knowledgeOnly = account("k", Role.THERAPIST);
    otherTherapist = account("o", Role.THERAPIST);
    client = account("c", Role.PATIENT);
    stranger = account("s", Role.PATIENT);
    care.redeem(client.getId(), care.invite(sharedWith.getId(), 14).getCode());
    care.redeem(client.getId(), care.invite(knowledgeOnly.getId(), 14).getCode());
    shares.share(client.getId(), sharedWith.getId(), ShareKind.SESSIONS);
    shares.share(client.getId(), knowledgeOnly.getId(), ShareKind.KNOWLEDGE);
    module = lessons.modules().get(0);
  }

  @AfterEach
  void asTheSystemAgain() {
    TestCaller.clear();
  }

  @Test
  void onlyTheTherapistSharedWithReadsTheNotesAndEveryoneElseFindsNothing() throws Exception {
    TestCaller.as(client);
    sessions.write(client.getId(), SessionDraft.of(SessionStage.BEFORE, 7, "Less neck tension"));
    sessions.write(client.getId(), SessionDraft.of(SessionStage.AFTER, 4, "Slow breathing"));
    List<SessionNote> mine = sessions.mine(client.getId());
    assertEquals(2, mine.size());
    assertEquals(SessionStage.AFTER, mine.get(0).getStage(), "newest first");
    assertEquals("Slow breathing", mine.get(0).getWords());

    TestCaller.as(stranger);
    assertThrows(AccessDeniedException.class, () -> sessions.mine(client.getId()));
    assertThrows(
        AccessDeniedException.class,
        () -> sessions.write(client.getId(), SessionDraft.of(SessionStage.BEFORE, 1, null)));

    TestCaller.as(otherTherapist);
    assertThrows(
        NotYourClientException.class,
        () -> outcomes.sessions(otherTherapist.getId(), client.getId()));
    assertThrows(
        AccessDeniedException.class, () -> outcomes.sessions(sharedWith.getId(), client.getId()));

    TestCaller.as(knowledgeOnly);
    assertTrue(outcomes.sessions(knowledgeOnly.getId(), client.getId()).isEmpty());

    TestCaller.as(sharedWith);
    List<SessionNote> seen = outcomes.sessions(sharedWith.getId(), client.getId()).orElseThrow();
    assertEquals(2, seen.size());
    assertEquals(7, seen.get(1).getScale());

    // Withdrawn: hidden at once.
    TestCaller.as(client);
    shares.withdraw(client.getId(), sharedWith.getId(), ShareKind.SESSIONS);
    TestCaller.as(sharedWith);
    assertTrue(outcomes.sessions(sharedWith.getId(), client.getId()).isEmpty());

    // Shared again, then the link ends: "not found".
    TestCaller.as(client);
    shares.share(client.getId(), sharedWith.getId(), ShareKind.SESSIONS);
    TestCaller.as(sharedWith);
    assertFalse(outcomes.sessions(sharedWith.getId(), client.getId()).isEmpty());
    TestCaller.as(client);
    care.unlink(client.getId(), sharedWith.getId());
    TestCaller.as(sharedWith);
    assertThrows(
        NotYourClientException.class, () -> outcomes.sessions(sharedWith.getId(), client.getId()));
  }

  @Test
  void aScaleOutsideZeroToTenOrMissingIsRefused() {
    TestCaller.as(client);
    assertThrows(
        ConstraintViolationException.class,
        () -> sessions.write(client.getId(), SessionDraft.of(SessionStage.AFTER, 11, null)));
    assertThrows(
        ConstraintViolationException.class,
        () -> sessions.write(client.getId(), SessionDraft.of(SessionStage.BEFORE, null, "hi")));
    assertEquals(0, sessions.mine(client.getId()).size());
  }

  @Test
  void onlyTheLinkedTherapistMarksAModuleAndTheClientReadsTheNote() throws Exception {
    TestCaller.as(sharedWith);
    discussed.mark(sharedWith.getId(), client.getId(), module.getId(), "We tried the breathing");
    discussed.mark(sharedWith.getId(), client.getId(), module.getId(), "Try it daily");
    assertEquals(1, discussed.forClient(sharedWith.getId(), client.getId()).size());
    assertThrows(
        ConstraintViolationException.class,
        () -> discussed.mark(sharedWith.getId(), client.getId(), module.getId(), "x".repeat(1001)));
    assertThrows(
        NotYourClientException.class,
        () -> discussed.mark(sharedWith.getId(), client.getId(), -1L, null));

    TestCaller.as(client);
    List<DiscussedMark> mine = discussed.mine(client.getId());
    assertEquals(1, mine.size());
    assertEquals("Try it daily", mine.get(0).getNote());
    assertEquals(module.getId(), mine.get(0).getModule().getId());
    assertThrows(
        AccessDeniedException.class,
        () -> discussed.mark(client.getId(), client.getId(), module.getId(), null));

    TestCaller.as(stranger);
    assertThrows(AccessDeniedException.class, () -> discussed.mine(client.getId()));

    TestCaller.as(otherTherapist);
    assertThrows(
        NotYourClientException.class,
        () -> discussed.mark(otherTherapist.getId(), client.getId(), module.getId(), "no"));
    assertThrows(
        NotYourClientException.class,
        () -> discussed.forClient(otherTherapist.getId(), client.getId()));
    assertThrows(
        AccessDeniedException.class,
        () -> discussed.mark(sharedWith.getId(), client.getId(), module.getId(), "no"));

    // A therapist without the sessions share still marks (a link is enough); one marks only
    // their own, and sees only their own.
    TestCaller.as(knowledgeOnly);
    assertEquals(0, discussed.forClient(knowledgeOnly.getId(), client.getId()).size());

    // The link ends: "not found".
    TestCaller.as(client);
    care.unlink(client.getId(), sharedWith.getId());
    TestCaller.as(sharedWith);
    assertThrows(
        NotYourClientException.class,
        () -> discussed.mark(sharedWith.getId(), client.getId(), module.getId(), "gone"));
    assertThrows(
        NotYourClientException.class,
        () -> discussed.forClient(sharedWith.getId(), client.getId()));
    TestCaller.as(client);
    assertEquals("Try it daily", discussed.mine(client.getId()).get(0).getNote());
  }

  @Test
  void notesAndMarksAreExportedAndDeletedWithTheAccount() throws Exception {
    TestCaller.as(sharedWith);
    discussed.mark(sharedWith.getId(), client.getId(), module.getId(), "Read it again");
    TestCaller.as(client);
    sessions.write(client.getId(), SessionDraft.of(SessionStage.BEFORE, 6, "Move more easily"));
    sessions.write(client.getId(), SessionDraft.of(SessionStage.AFTER, 3, null));

    JsonObject clinic = export.export(client.getId()).getJsonObject("clinic");
    JsonArray notes = clinic.getJsonArray("sessionNotes");
    assertEquals(2, notes.size());
    assertEquals("BEFORE", notes.getJsonObject(0).getString("stage"));
    assertEquals(6, notes.getJsonObject(0).getInt("scale"));
    assertEquals("Move more easily", notes.getJsonObject(0).getString("words"));
    assertFalse(notes.getJsonObject(1).containsKey("words"));
    JsonArray marks = clinic.getJsonArray("discussedInSession");
    assertEquals(1, marks.size());
    assertEquals(module.getSlug(), marks.getJsonObject(0).getString("module"));
    assertEquals("Read it again", marks.getJsonObject(0).getString("note"));

    accounts.delete(client.getId());
    TestCaller.clear();
    assertEquals(0L, count("session_note"));
    assertEquals(0L, count("discussed_mark"));
  }

  private long count(String table) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM " + table + " WHERE patient_id = " + client.getId())
                .getSingleResult())
        .longValue();
  }

  private Account account(String prefix, Role role) throws Exception {
    return accounts.register(
        prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org",
        prefix.toUpperCase() + " Sessions",
        "a-good-password",
        role);
  }
}
