package org.painwise.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.painwise.browser.pages.CheckinPage;
import org.painwise.browser.pages.ClientPage;
import org.painwise.browser.pages.ClientsPage;
import org.painwise.browser.pages.InvitationsPage;
import org.painwise.browser.pages.LoginPage;
import org.painwise.browser.pages.SignupPage;
import org.painwise.browser.pages.TherapistsPage;
import org.painwise.testsupport.Browser;
import org.painwise.testsupport.Bundle;
import org.painwise.testsupport.TestServer;

/**
 * The check-in loop in two real browsers (axe on every page): a new patient links to a therapist
 * and shares check-ins, checks in three times (a missing item first: a clear message, nothing lost;
 * then one red flag: the guidance appears at once), the therapist sees the trend and the flag, and
 * after the patient withdraws sharing the therapist sees neither.
 */
class CheckinJourneyIT {

  private static final String THERAPIST = "Theo Demo";

  private final URL base = TestServer.url();

  @Test
  void shareCheckInThreeTimesWithARedFlagAndWithdraw() {
    String patientName = "Ines " + UUID.randomUUID().toString().substring(0, 6);
    String patientEmail = "ines-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

    try (Browser therapist = Browser.open(base);
        Browser patient = Browser.open(base)) {
      // Arrange: the therapist invites, the patient signs up with the link and shares check-ins.
      new LoginPage(therapist).open().signIn("therapist@painwise.test", "painwise-demo");
      String link = new InvitationsPage(therapist).open().invite();
      new SignupPage(patient)
          .openInvitation(link)
          .signUp(patientName, patientEmail, "a-good-password")
          .signIn(patientEmail, "a-good-password");
      TherapistsPage sharing = new TherapistsPage(patient).open().shareCheckins(THERAPIST);
      assertTrue(
          sharing.messages().contains(Bundle.text("patient_therapists.message.info.shared")),
          () -> "messages: " + sharing.messages());
      assertTrue(sharing.sharesCheckinsWith(THERAPIST));

      // A missing item: a message beside it, and the other answers are still there.
      CheckinPage checkin = new CheckinPage(patient).open();
      assertEquals(Bundle.text("patient_checkin.text.nobodyReads"), checkin.nobodyReads());
      checkin.fill(7, 7, 6, null, 5, 4, 6).saveInvalid();
      assertEquals(
          Bundle.violation("outcome.checkin.required", Bundle.text("measure.PEG_ACTIVITY")),
          checkin.fieldMessage("pegActivity"));
      assertEquals("7", checkin.value("painNow"));
      assertEquals("6", checkin.value("mood"));
      assertTrue(checkin.rows().isEmpty(), "nothing was saved");

      // Act: three check-ins, the third with a red flag.
      checkin.fill(7, 7, 6, 6, 5, 4, 6).save();
      assertTrue(
          checkin.messages().contains(Bundle.text("patient_checkin.message.info.saved")),
          () -> "messages: " + checkin.messages());
      checkin.fill(6, 6, 6, 5, 5, 5, 6).save();
      assertFalse(checkin.guidanceShown(), "no guidance without a red flag");
      checkin.fill(8, 7, 7, 7, 8, 3, 3).tickSelfHarm();
      assertTrue(checkin.guidanceShown(), "the guidance shows as soon as the box is ticked");
      assertTrue(checkin.guidanceText().contains(Bundle.text("patient_checkin.guidance.crisis")));
      assertTrue(
          checkin.guidanceText().contains(Bundle.text("patient_checkin.guidance.emergency")));
      checkin.save();
      assertTrue(checkin.guidanceShown(), "the guidance stays after saving");
      List<List<String>> rows = checkin.rows();
      assertEquals(3, rows.size(), rows::toString);
      assertEquals("8", rows.get(0).get(1), "newest first: pain now");
      assertEquals(Bundle.text("checkin.table.flagYes"), rows.get(0).get(8));
      assertEquals(7, checkin.charts());

      // Assert: the therapist sees the trend, the flag and the table's new columns.
      ClientsPage clients = new ClientsPage(therapist).open().search(patientName);
      List<String> cells = clients.outcomeCells(patientName);
      assertEquals("8", cells.get(0), "latest pain: " + cells);
      assertEquals("1", cells.get(2), "one unseen red flag: " + cells);
      ClientPage client = clients.openClient(patientName);
      assertTrue(client.checkinsShared());
      assertEquals(3, client.checkinRows());
      assertEquals(7, client.checkinCharts());
      List<String> flags = client.redFlags();
      assertEquals(1, flags.size(), flags::toString);
      assertTrue(
          flags.get(0).endsWith(Bundle.text("checkin.flagShort.SELF_HARM")), flags::toString);
      assertEquals(Bundle.text("therapist_client.change.same"), client.painChange());

      // The patient withdraws: the therapist sees neither the trend nor the flag.
      new TherapistsPage(patient).open().withdrawCheckins(THERAPIST);
      ClientPage after = client.open(currentId(therapist));
      assertFalse(after.checkinsShared());
      assertTrue(after.redFlags().isEmpty());
      assertEquals(0, after.checkinRows());
      List<String> hidden =
          new ClientsPage(therapist).open().search(patientName).outcomeCells(patientName);
      assertEquals(List.of("", "", "0"), hidden);
    }
  }

  private static long currentId(Browser browser) {
    String url = browser.driver().getCurrentUrl();
    return Long.parseLong(url.substring(url.indexOf("id=") + 3).split("&")[0]);
  }
}
