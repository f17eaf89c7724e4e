package org.painwise.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.painwise.browser.pages.ClientPage;
import org.painwise.browser.pages.ClientsPage;
import org.painwise.browser.pages.DashboardPage;
import org.painwise.browser.pages.InvitationsPage;
import org.painwise.browser.pages.JournalPage;
import org.painwise.browser.pages.LoginPage;
import org.painwise.browser.pages.SignupPage;
import org.painwise.browser.pages.TherapistsPage;
import org.painwise.testsupport.Browser;
import org.painwise.testsupport.Bundle;
import org.painwise.testsupport.TestServer;

/**
 * The danger and safety journal in two real browsers (axe on every page, at 1280 and 360 px): from
 * the dashboard a patient finds the journal; a missing choice and text get clear messages; two
 * items (one each side) show the balance and link to the lesson's sections; removing asks first;
 * the therapist sees the journal only while the patient shares it, marks an item as discussed in
 * session with a note that the patient reads beside the item, and cannot mark once the share is
 * withdrawn (the service refuses a page opened before; the page then has no form at all).
 */
class JournalIT {

  private static final String THERAPIST = "Theo Demo";
  private static final String LESSON = "/lessons/living-well-with-pain/danger-and-safety";

  private final URL base = TestServer.url();

  @Test
  void addItemsSeeTheBalanceShareItAndWithdraw() {
    String patientName = "Jo " + UUID.randomUUID().toString().substring(0, 6);
    String patientEmail = "jo-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    String danger = "The waiting room before a scan";
    String safety = "A walk with my sister";
    String extra = "Reading the news at night";
    String note = "Let us plan more of these walks together.";

    try (Browser therapist = Browser.open(base);
        Browser patient = Browser.open(base)) {
      // Arrange: a new patient linked to the demo therapist, sharing nothing yet.
      new LoginPage(therapist).open().signIn("therapist@painwise.test", "painwise-demo");
      String link = new InvitationsPage(therapist).open().invite();
      new SignupPage(patient)
          .openInvitation(link)
          .signUp(patientName, patientEmail, "a-good-password")
          .signIn(patientEmail, "a-good-password");

      // The dashboard links to the journal, empty at first.
      JournalPage journal = new DashboardPage(patient).open().openJournal();
      assertEquals(List.of(), journal.items());
      assertEquals(List.of(), journal.thisWeek());

      // Nothing chosen, no text: a clear message by each field, nothing saved.
      journal.fill("", "", "").addInvalid();
      assertEquals(
          Bundle.violation(
              "outcome.journal.side.required", Bundle.text("patient_journal.label.side")),
          journal.fieldMessage("side"));
      assertEquals(
          Bundle.violation(
              "outcome.journal.category.required", Bundle.text("patient_journal.label.category")),
          journal.fieldMessage("category"));
      assertEquals(
          Bundle.violation(
              "outcome.journal.text.required", Bundle.text("patient_journal.label.text")),
          journal.fieldMessage("text"));
      assertEquals(List.of(), journal.items());

      // Act: one item each side.
      journal.fill("DANGER", "PLACES", danger).add();
      assertTrue(
          journal.messages().contains(Bundle.text("patient_journal.message.info.added")),
          () -> "messages: " + journal.messages());
      journal.fill("SAFETY", "PEOPLE", safety).add();

      // Assert: both listed, linked to their sections; the balance this week is one and one.
      assertEquals(List.of(danger, safety), journal.items());
      List<String> links = journal.itemLinks();
      assertTrue(links.get(0).endsWith(LESSON + "#danger-in-me"), () -> "links: " + links);
      assertTrue(links.get(1).endsWith(LESSON + "#places"), () -> "links: " + links);
      assertTrue(links.get(2).endsWith(LESSON + "#safety-in-me"), () -> "links: " + links);
      assertTrue(links.get(3).endsWith(LESSON + "#people"), () -> "links: " + links);
      assertEquals(List.of(1, 1), journal.thisWeek());
      assertTrue(journal.balanceChartShown());

      // Removing asks first: cancelled keeps the item, confirmed removes it.
      journal.fill("DANGER", "THOUGHTS", extra).add();
      assertEquals(List.of(2, 1), journal.thisWeek());
      journal.remove(extra, false);
      assertEquals(List.of(danger, safety, extra), journal.items());
      journal.remove(extra, true);
      assertTrue(
          journal.messages().contains(Bundle.text("patient_journal.message.info.removed")),
          () -> "messages: " + journal.messages());
      assertEquals(List.of(danger, safety), journal.items());
      assertEquals(List.of(1, 1), journal.thisWeek());

      // The therapist sees nothing until the patient shares, then the journal and its balance.
      ClientPage client =
          new ClientsPage(therapist).open().search(patientName).openClient(patientName);
      long clientId = currentId(therapist);
      assertFalse(client.journalShared());
      assertEquals(List.of(), client.journalItems());
      new TherapistsPage(patient).open().shareJournal(THERAPIST);
      ClientPage shared = client.open(clientId);
      assertTrue(shared.journalShared());
      assertEquals(List.of(danger, safety), shared.journalItems());
      assertEquals(1, shared.journalBalanceRows());

      // "Discussed in session": the therapist marks an item with a note; the patient reads the
      // note beside that item in their journal, and only there.
      List<String> marked = shared.markJournalItemDiscussed(safety, note);
      assertTrue(
          marked.contains(Bundle.text("therapist_client.message.info.journalDiscussed")),
          () -> "messages: " + marked);
      assertEquals(List.of(note), shared.journalDiscussedNotes());
      JournalPage withNote = new JournalPage(patient).open();
      assertEquals(List.of(note), withNote.discussedNotes(safety));
      assertEquals(List.of(), withNote.discussedNotes(danger));

      // Withdrawn: hidden at once. A client page the therapist opened before cannot mark any more
      // (the service refuses, the page says so) and the client's journal gains no note.
      ClientPage stale = client.open(clientId);
      assertTrue(stale.canMarkJournalItems());
      new TherapistsPage(patient).open().withdrawJournal(THERAPIST);
      assertEquals(
          List.of(Bundle.text("therapist_client.message.error.journalGone")),
          stale.markJournalItemDiscussed(danger, "Too late to mark"));
      ClientPage after = client.open(clientId);
      assertFalse(after.journalShared());
      assertFalse(after.canMarkJournalItems());
      assertEquals(List.of(), after.journalItems());
      assertEquals(0, after.journalBalanceRows());
      JournalPage mine = new JournalPage(patient).open();
      assertEquals(List.of(), mine.discussedNotes(danger));
      assertEquals(
          List.of(note), mine.discussedNotes(safety), "the earlier note stays the client's");
    }
  }

  private static long currentId(Browser browser) {
    String url = browser.driver().getCurrentUrl();
    return Long.parseLong(url.substring(url.indexOf("id=") + 3).split("&")[0]);
  }
}
