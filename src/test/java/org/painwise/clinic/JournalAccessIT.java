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
import java.net.URL;
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
import org.painwise.outcome.DuplicateJournalItemException;
import org.painwise.outcome.JournalCategory;
import org.painwise.outcome.JournalDraft;
import org.painwise.outcome.JournalItem;
import org.painwise.outcome.JournalNotFoundException;
import org.painwise.outcome.JournalService;
import org.painwise.outcome.JournalSide;
import org.painwise.testsupport.AlsoOnPostgreSQL;
import org.painwise.testsupport.DeploymentUrl;
import org.painwise.testsupport.FacesClient;
import org.painwise.testsupport.InContainer;
import org.painwise.testsupport.TestCaller;

/**
 * The danger and safety journal is the patient's, and a therapist reads it only while linked and
 * while the patient shares this kind: another patient, another therapist, a linked therapist
 * without the share (even one who has the knowledge share), and a withdrawn share all get "not
 * found". Only the patient removes their items. The export holds every item and deleting the
 * account removes them.
 */
@AlsoOnPostgreSQL
@ExtendWith(InContainer.class)
class JournalAccessIT {

  @Inject AccountService accounts;
  @Inject CareService care;
  @Inject ShareService shares;
  @Inject JournalService journal;
  @Inject ClientOutcomes outcomes;
  @Inject PersonalDataExport export;

  @PersistenceContext EntityManager em;
  @DeploymentUrl URL base;

  Account sharedWith;
  Account knowledgeOnly;
  Account otherTherapist;
  Account client;
  Account stranger;

  /** As the system: the client is linked to two therapists; one sees the journal. */
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
    shares.share(client.getId(), sharedWith.getId(), ShareKind.JOURNAL);
    shares.share(client.getId(), knowledgeOnly.getId(), ShareKind.KNOWLEDGE);
  }

  @AfterEach
  void asTheSystemAgain() {
    TestCaller.clear();
  }

  @Test
  void onlyTheTherapistSharedWithReadsTheJournalAndEveryoneElseFindsNothing() throws Exception {
    TestCaller.as(client);
    JournalItem danger =
        journal.add(
            client.getId(),
            new JournalDraft(JournalSide.DANGER, JournalCategory.PLACES, "  The waiting room  "));
    journal.add(
        client.getId(), new JournalDraft(JournalSide.SAFETY, JournalCategory.PEOPLE, "My sister"));
    assertEquals(2, journal.mine(client.getId()).size());
    assertEquals("The waiting room", journal.mine(client.getId()).get(0).getText());

    TestCaller.as(stranger);
    assertThrows(AccessDeniedException.class, () -> journal.mine(client.getId()));
    assertThrows(
        JournalNotFoundException.class, () -> journal.of(stranger.getId(), client.getId()));
    assertThrows(
        AccessDeniedException.class,
        () ->
            journal.add(
                client.getId(),
                new JournalDraft(JournalSide.DANGER, JournalCategory.THINGS, "not mine")));
    assertThrows(AccessDeniedException.class, () -> journal.remove(client.getId(), danger.getId()));
    // Their own id with someone else's item: not found, and the item stays.
    assertThrows(
        JournalNotFoundException.class, () -> journal.remove(stranger.getId(), danger.getId()));

    TestCaller.as(otherTherapist);
    assertThrows(
        JournalNotFoundException.class, () -> journal.of(otherTherapist.getId(), client.getId()));
    assertThrows(
        NotYourClientException.class,
        () -> outcomes.journal(otherTherapist.getId(), client.getId()));
    assertThrows(
        AccessDeniedException.class, () -> outcomes.journal(sharedWith.getId(), client.getId()));

    TestCaller.as(knowledgeOnly);
    assertThrows(
        JournalNotFoundException.class, () -> journal.of(knowledgeOnly.getId(), client.getId()));
    assertTrue(outcomes.journal(knowledgeOnly.getId(), client.getId()).isEmpty());
    assertThrows(AccessDeniedException.class, () -> journal.remove(client.getId(), danger.getId()));

    TestCaller.as(sharedWith);
    assertEquals(2, journal.of(sharedWith.getId(), client.getId()).size());
    assertEquals(2, outcomes.journal(sharedWith.getId(), client.getId()).orElseThrow().size());
    assertThrows(
        AccessDeniedException.class, () -> journal.remove(sharedWith.getId(), danger.getId()));

    // The patient removes an item: it stays in the record (for the balance) but is not active.
    TestCaller.as(client);
    journal.remove(client.getId(), danger.getId());
    assertFalse(journal.mine(client.getId()).get(0).isActive());
    assertThrows(
        JournalNotFoundException.class, () -> journal.remove(client.getId(), danger.getId()));

    // Withdrawn: hidden at once; the other therapist's knowledge share is untouched.
    shares.withdraw(client.getId(), sharedWith.getId(), ShareKind.JOURNAL);
    TestCaller.as(sharedWith);
    assertThrows(
        JournalNotFoundException.class, () -> journal.of(sharedWith.getId(), client.getId()));
    assertTrue(outcomes.journal(sharedWith.getId(), client.getId()).isEmpty());
    TestCaller.as(knowledgeOnly);
    assertTrue(outcomes.knowledge(knowledgeOnly.getId(), client.getId()).isPresent());
  }

  @Test
  void theSameFormPostedTwiceAddsItsItemOnce() throws Exception {
    TestCaller.as(client);
    JournalDraft draft = new JournalDraft(JournalSide.SAFETY, JournalCategory.PEOPLE, "My sister");
    journal.add(client.getId(), draft);
    assertThrows(DuplicateJournalItemException.class, () -> journal.add(client.getId(), draft));
    assertEquals(1, journal.mine(client.getId()).size(), "a double submit adds the item once");
    // A new form (a new token) adds the same words again, on purpose.
    journal.add(
        client.getId(), new JournalDraft(JournalSide.SAFETY, JournalCategory.PEOPLE, "My sister"));
    assertEquals(2, journal.mine(client.getId()).size());
  }

  /**
   * A journal page whose view the server no longer has (here: the patient signed in again, in a new
   * session, since it was opened) still adds its item, once: the page keeps no view state, and its
   * token stops a second post.
   */
  @Test
  void aFormFromAnEndedSessionStillAddsItsItemOnce() throws Exception {
    FacesClient before = new FacesClient(base);
    assertEquals(302, before.login(client.getEmail(), "a-good-password").status());
    FacesClient.Page page = before.get("/patient/journal");
    assertEquals(200, page.status());
    FacesClient now = new FacesClient(base);
    assertEquals(302, now.login(client.getEmail(), "a-good-password").status());
    java.util.Map<String, String> fields =
        java.util.Map.of("side", "SAFETY", "category", "PLACES", "text", "The old page's item");
    FacesClient.Page added = now.postback(page, "journal", fields, "add");
    assertEquals(200, added.status(), added.body());
    FacesClient.assertNoStackTrace(added);
    FacesClient.Page again = now.postback(page, "journal", fields, "add");
    assertEquals(200, again.status());
    TestCaller.as(client);
    assertEquals(
        1,
        journal.mine(client.getId()).stream()
            .filter(i -> i.getText().equals("The old page's item"))
            .count(),
        "added once");
  }

  @Test
  void aMissingChoiceOrTextOrATooLongTextIsRefused() throws Exception {
    TestCaller.as(client);
    assertThrows(
        ConstraintViolationException.class,
        () -> journal.add(client.getId(), new JournalDraft(null, JournalCategory.THINGS, "x")));
    assertThrows(
        ConstraintViolationException.class,
        () -> journal.add(client.getId(), new JournalDraft(JournalSide.SAFETY, null, "x")));
    assertThrows(
        ConstraintViolationException.class,
        () ->
            journal.add(
                client.getId(),
                new JournalDraft(JournalSide.SAFETY, JournalCategory.THINGS, "   ")));
    assertThrows(
        ConstraintViolationException.class,
        () ->
            journal.add(
                client.getId(),
                new JournalDraft(
                    JournalSide.SAFETY,
                    JournalCategory.THINGS,
                    "x".repeat(JournalItem.TEXT_MAX + 1))));
    journal.add(
        client.getId(),
        new JournalDraft(
            JournalSide.SAFETY, JournalCategory.THINGS, "x".repeat(JournalItem.TEXT_MAX)));
    assertEquals(1, journal.mine(client.getId()).size());
  }

  @Test
  void itemsAreExportedAndDeletedWithTheAccount() throws Exception {
    TestCaller.as(client);
    JournalItem gone =
        journal.add(
            client.getId(),
            new JournalDraft(JournalSide.DANGER, JournalCategory.THOUGHTS, "It will never end"));
    journal.add(
        client.getId(),
        new JournalDraft(JournalSide.SAFETY, JournalCategory.ACTIVITIES, "Swimming"));
    journal.remove(client.getId(), gone.getId());

    JsonArray items = export.export(client.getId()).getJsonArray("journal");
    assertEquals(2, items.size());
    JsonObject first = items.getJsonObject(0);
    assertEquals("DANGER", first.getString("side"));
    assertEquals("THOUGHTS", first.getString("category"));
    assertEquals("It will never end", first.getString("text"));
    assertTrue(first.containsKey("addedAt"));
    assertTrue(first.containsKey("removedAt"));
    assertFalse(items.getJsonObject(1).containsKey("removedAt"));

    accounts.delete(client.getId());
    TestCaller.clear();
    assertEquals(
        0L,
        ((Number)
                em.createNativeQuery(
                        "SELECT COUNT(*) FROM journal_item WHERE account_id = " + client.getId())
                    .getSingleResult())
            .longValue());
  }

  private Account account(String prefix, Role role) throws Exception {
    return accounts.register(
        prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org",
        prefix.toUpperCase() + " Journal",
        "a-good-password",
        role);
  }
}
