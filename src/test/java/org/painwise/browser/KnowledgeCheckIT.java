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
import org.painwise.browser.pages.KnowledgePage;
import org.painwise.browser.pages.LoginPage;
import org.painwise.browser.pages.SignupPage;
import org.painwise.browser.pages.TherapistsPage;
import org.painwise.outcome.KnowledgeStatement;
import org.painwise.testsupport.Browser;
import org.painwise.testsupport.Bundle;
import org.painwise.testsupport.TestServer;

/**
 * The knowledge check in two real browsers (axe on every page): the new patient's dashboard offers
 * it; a missing answer gets a clear message and loses nothing; the first check scores "not sure" as
 * not right; a second check shows the gain; the therapist sees the gain only while the patient
 * shares it.
 */
class KnowledgeCheckIT {

  private static final String THERAPIST = "Theo Demo";
  private static final int N = KnowledgeStatement.values().length;

  private final URL base = TestServer.url();

  @Test
  void takeTheCheckTwiceSeeTheGainAndShareItWithTheTherapist() {
    String patientName = "Kim " + UUID.randomUUID().toString().substring(0, 6);
    String patientEmail = "kim-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

    try (Browser therapist = Browser.open(base);
        Browser patient = Browser.open(base)) {
      // Arrange: a new patient linked to the demo therapist, sharing nothing yet.
      new LoginPage(therapist).open().signIn("therapist@painwise.test", "painwise-demo");
      String link = new InvitationsPage(therapist).open().invite();
      new SignupPage(patient)
          .openInvitation(link)
          .signUp(patientName, patientEmail, "a-good-password")
          .signIn(patientEmail, "a-good-password");

      // The dashboard offers the check before the first module.
      DashboardPage dashboard = new DashboardPage(patient).open();
      assertEquals("before", dashboard.knowledgeOffer());
      KnowledgePage check = dashboard.takeKnowledgeCheck();
      List<String> ids = check.statements();
      assertEquals(N, ids.size());

      // A missing answer: a clear message, and the answers given are still chosen.
      ids.subList(0, N - 1).forEach(id -> check.answer(id, "NOT_SURE"));
      check.submit();
      assertTrue(
          check.messages().contains(Bundle.validation("outcome.knowledge.complete")),
          () -> "messages: " + check.messages());
      assertTrue(check.chosen(ids.get(0), "NOT_SURE"));
      assertEquals(0, check.attempts(), "nothing was saved");

      // Act: the first check, all "not sure": nothing counts as right.
      check.answer(ids.get(N - 1), "NOT_SURE").submit();
      assertTrue(
          check.messages().contains(Bundle.text("patient_knowledge.message.info.saved")),
          () -> "messages: " + check.messages());
      assertEquals(Bundle.text("knowledge.table.correctOf", 0, N), check.score());
      assertEquals(0, check.reviewedRight());
      assertTrue(
          check.reviewLinks().get(0).endsWith("/lessons/" + KnowledgeStatement.K01.lesson()),
          () -> "review links: " + check.reviewLinks());
      assertEquals("", check.gain(), "no gain after one check");
      assertEquals(1, check.attempts());
      assertEquals("", new DashboardPage(patient).open().knowledgeOffer(), "offered once");

      // Taken again on request, every answer right: the gain shows.
      KnowledgePage again = new KnowledgePage(patient).open();
      for (KnowledgeStatement s : KnowledgeStatement.values()) {
        again.answer(s.name(), s.answer().name());
      }
      again.submit();
      assertEquals(Bundle.text("knowledge.table.correctOf", N, N), again.score());
      assertEquals(N, again.reviewedRight());
      assertEquals(Bundle.text("knowledge.gain.points", 100), again.gain());
      assertEquals(2, again.attempts());

      // Assert: the therapist sees nothing until the patient shares, then the gain.
      ClientPage client =
          new ClientsPage(therapist).open().search(patientName).openClient(patientName);
      long clientId = currentId(therapist);
      assertFalse(client.knowledgeShared());
      assertEquals("", client.knowledgeGain());
      new TherapistsPage(patient).open().shareKnowledge(THERAPIST);
      ClientPage shared = client.open(clientId);
      assertTrue(shared.knowledgeShared());
      assertEquals(Bundle.text("knowledge.gain.points", 100), shared.knowledgeGain());
      assertEquals(2, shared.knowledgeRows());

      // Withdrawn: hidden at once.
      new TherapistsPage(patient).open().withdrawKnowledge(THERAPIST);
      ClientPage after = client.open(clientId);
      assertFalse(after.knowledgeShared());
      assertEquals("", after.knowledgeGain());
      assertEquals(0, after.knowledgeRows());
    }
  }

  private static long currentId(Browser browser) {
    String url = browser.driver().getCurrentUrl();
    return Long.parseLong(url.substring(url.indexOf("id=") + 3).split("&")[0]);
  }
}
