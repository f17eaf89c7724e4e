package org.painwise.clinic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.painwise.account.Account;
import org.painwise.account.AccountService;
import org.painwise.account.Role;
import org.painwise.outcome.JournalCategory;
import org.painwise.outcome.JournalDraft;
import org.painwise.outcome.JournalItem;
import org.painwise.outcome.JournalService;
import org.painwise.outcome.JournalSide;
import org.painwise.testsupport.Deployments;
import org.painwise.testsupport.FacesClient;
import org.painwise.testsupport.TestCaller;

/**
 * "Discussed in session" marks on journal items: a linked therapist the client shares the journal
 * with marks an item, with a note the client reads on their journal page; marking again replaces
 * the note. A linked therapist without the share, another therapist, a withdrawn share, another
 * patient's item and a removed item all answer "not found".
 */
@ExtendWith(ArquillianExtension.class)
class JournalDiscussedIT {

  private static final String PASSWORD = "a-good-password";

  @Deployment
  static WebArchive deployment() {
    return Deployments.appWithTests(JournalDiscussedIT.class);
  }

  @Inject AccountService accounts;
  @Inject CareService care;
  @Inject ShareService shares;
  @Inject JournalService journal;
  @Inject JournalDiscussedService discussed;
  @ArquillianResource URL base;

  Account sharedWith;
  Account linkedOnly;
  Account otherTherapist;
  Account client;
  Account stranger;
  JournalItem item;
  JournalItem strangersItem;

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
    shares.share(client.getId(), sharedWith.getId(), ShareKind.JOURNAL);
    TestCaller.as(client);
    item =
        journal.add(
            client.getId(),
            new JournalDraft(JournalSide.SAFETY, JournalCategory.values()[0], "Walks by the sea"));
    TestCaller.as(stranger);
    strangersItem =
        journal.add(
            stranger.getId(),
            new JournalDraft(JournalSide.DANGER, JournalCategory.values()[0], "Stairs"));
    TestCaller.clear();
  }

  @AfterEach
  void asTheSystemAgain() {
    TestCaller.clear();
  }

  @Test
  void aSharingTherapistMarksAnItemAndTheClientReadsTheNote() throws Exception {
    TestCaller.as(sharedWith);
    discussed.mark(sharedWith.getId(), client.getId(), item.getId(), "  Keep these walks.  ");
    assertEquals(1, discussed.forClient(sharedWith.getId(), client.getId()).size());

    TestCaller.as(client);
    List<JournalDiscussedMark> mine = discussed.mine(client.getId());
    assertEquals(1, mine.size());
    assertEquals(item.getId(), mine.get(0).getItemId());
    assertEquals("Keep these walks.", mine.get(0).getNote());

    // Marking again replaces the note; a blank note is no note.
    TestCaller.as(sharedWith);
    discussed.mark(sharedWith.getId(), client.getId(), item.getId(), " ");
    TestCaller.as(client);
    mine = discussed.mine(client.getId());
    assertEquals(1, mine.size());
    assertNull(mine.get(0).getNote());
  }

  @Test
  void anyoneElseAndAnythingElseIsNotFound() throws Exception {
    TestCaller.as(linkedOnly);
    assertThrows(
        NotYourClientException.class,
        () -> discussed.mark(linkedOnly.getId(), client.getId(), item.getId(), "x"));
    assertThrows(
        NotYourClientException.class,
        () -> discussed.forClient(linkedOnly.getId(), client.getId()));
    TestCaller.as(otherTherapist);
    assertThrows(
        NotYourClientException.class,
        () -> discussed.mark(otherTherapist.getId(), client.getId(), item.getId(), "x"));
    TestCaller.as(sharedWith);
    // Another patient's item, named as the client's or as the stranger's.
    assertThrows(
        NotYourClientException.class,
        () -> discussed.mark(sharedWith.getId(), client.getId(), strangersItem.getId(), "x"));
    assertThrows(
        NotYourClientException.class,
        () -> discussed.mark(sharedWith.getId(), stranger.getId(), strangersItem.getId(), "x"));
    assertThrows(
        NotYourClientException.class,
        () -> discussed.mark(sharedWith.getId(), client.getId(), Long.MAX_VALUE, "x"));

    // A removed item, then a withdrawn share.
    TestCaller.as(client);
    JournalItem other =
        journal.add(
            client.getId(),
            new JournalDraft(JournalSide.DANGER, JournalCategory.values()[0], "Long drives"));
    journal.remove(client.getId(), other.getId());
    TestCaller.as(sharedWith);
    assertThrows(
        NotYourClientException.class,
        () -> discussed.mark(sharedWith.getId(), client.getId(), other.getId(), "x"));
    TestCaller.as(client);
    shares.withdraw(client.getId(), sharedWith.getId(), ShareKind.JOURNAL);
    TestCaller.as(sharedWith);
    assertThrows(
        NotYourClientException.class,
        () -> discussed.mark(sharedWith.getId(), client.getId(), item.getId(), "x"));
    assertThrows(
        NotYourClientException.class,
        () -> discussed.forClient(sharedWith.getId(), client.getId()));

    TestCaller.as(client);
    assertEquals(List.of(), discussed.mine(client.getId()));
  }

  @Test
  void theClientSeesTheNoteOnTheirJournalPage() throws Exception {
    TestCaller.as(sharedWith);
    discussed.mark(sharedWith.getId(), client.getId(), item.getId(), "Keep-these-walks-note");
    TestCaller.clear();
    FacesClient asClient = new FacesClient(base);
    assertEquals(302, asClient.login(client.getEmail(), PASSWORD).status());
    FacesClient.Page page = asClient.get("/patient/journal");
    assertEquals(200, page.status());
    String noteId = "id=\"item-" + item.getId() + "-discussed-note-0\"";
    assertTrue(page.body().contains(noteId), noteId);
    assertTrue(page.body().contains("Keep-these-walks-note"));
    // The stranger's journal shows no mark.
    FacesClient asStranger = new FacesClient(base);
    assertEquals(302, asStranger.login(stranger.getEmail(), PASSWORD).status());
    assertTrue(!asStranger.get("/patient/journal").body().contains("-discussed-"));
  }

  private Account account(String prefix, Role role) throws Exception {
    return accounts.register(
        prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org",
        prefix.toUpperCase() + " Journal",
        PASSWORD,
        role);
  }
}
