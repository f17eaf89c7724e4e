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
import org.painwise.browser.pages.LoginPage;
import org.painwise.browser.pages.SessionsPage;
import org.painwise.browser.pages.SignupPage;
import org.painwise.browser.pages.TherapistsPage;
import org.painwise.testsupport.Browser;
import org.painwise.testsupport.Bundle;
import org.painwise.testsupport.TestServer;

/**
 * Before and after a session, in two real browsers (axe on every page): the patient writes a note
 * before and a reflection after (a missing scale is refused and saves nothing); the therapist sees
 * them only while the patient shares them; the therapist marks a module as discussed in session and
 * the patient sees the mark and its note on the dashboard.
 */
class SessionsIT {

  private static final String THERAPIST = "Theo Demo";

  private final URL base = TestServer.url();

  @Test
  void aReflectionSharedIsSeenByTheTherapistAndADiscussedMarkByTheClient() {
    String patientName = "Sam " + UUID.randomUUID().toString().substring(0, 6);
    String patientEmail = "sam-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    String hope = "Less tension in my neck";
    String tryAtHome = "Slow breathing before bed";
    String note = "We talked about the alarm system; read it again this week.";

    try (Browser therapist = Browser.open(base);
        Browser patient = Browser.open(base)) {
      // Arrange: a new patient linked to the demo therapist, sharing nothing yet.
      new LoginPage(therapist).open().signIn("therapist@painwise.test", "painwise-demo");
      String link = new InvitationsPage(therapist).open().invite();
      new SignupPage(patient)
          .openInvitation(link)
          .signUp(patientName, patientEmail, "a-good-password")
          .signIn(patientEmail, "a-good-password");

      // Act: a note before the session, from the dashboard.
      SessionsPage sessions = new DashboardPage(patient).open().openSessions();
      assertEquals(0, sessions.notes());
      sessions.writeBefore(hope, 7);
      assertTrue(
          sessions.messages().contains(Bundle.text("patient_sessions.message.info.saved.before")),
          () -> "messages: " + sessions.messages());
      assertEquals(1, sessions.notes());

      // A reflection without the scale: refused in the page, nothing saved.
      sessions.writeAfter(null, tryAtHome);
      assertFalse(sessions.afterFieldMessage("bodyNow").isEmpty());
      assertEquals(1, sessions.notes());

      sessions.writeAfter(3, tryAtHome);
      assertTrue(
          sessions.messages().contains(Bundle.text("patient_sessions.message.info.saved.after")),
          () -> "messages: " + sessions.messages());
      assertEquals(List.of(tryAtHome, hope), sessions.words());

      // Assert: the therapist sees nothing until the patient shares, then the reflection.
      ClientPage client =
          new ClientsPage(therapist).open().search(patientName).openClient(patientName);
      long clientId = currentId(therapist);
      assertFalse(client.sessionsShared());
      assertEquals(List.of(), client.sessionWords());
      new TherapistsPage(patient).open().shareSessions(THERAPIST);
      ClientPage shared = client.open(clientId);
      assertTrue(shared.sessionsShared());
      assertEquals(List.of(tryAtHome, hope), shared.sessionWords());

      // The therapist marks a module as discussed; the client sees the mark and the note.
      String module = shared.markFirstModuleDiscussed(note);
      assertTrue(
          shared.messages().contains(Bundle.text("therapist_client.message.info.discussed")),
          () -> "messages: " + shared.messages());
      assertEquals(List.of(module), shared.discussedTitles());
      DashboardPage dashboard = new DashboardPage(patient).open();
      assertEquals(List.of(module), dashboard.discussedTitles());
      assertEquals(List.of(note), dashboard.discussedNotes());

      // Withdrawn: hidden at once; the mark stays.
      new TherapistsPage(patient).open().withdrawSessions(THERAPIST);
      ClientPage after = client.open(clientId);
      assertFalse(after.sessionsShared());
      assertEquals(List.of(), after.sessionWords());
      assertEquals(List.of(module), after.discussedTitles());
    }
  }

  private static long currentId(Browser browser) {
    String url = browser.driver().getCurrentUrl();
    return Long.parseLong(url.substring(url.indexOf("id=") + 3).split("&")[0]);
  }
}
