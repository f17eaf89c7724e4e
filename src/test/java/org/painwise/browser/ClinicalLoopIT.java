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
import org.painwise.browser.pages.DashboardPage;
import org.painwise.browser.pages.InvitationsPage;
import org.painwise.browser.pages.JournalPage;
import org.painwise.browser.pages.KnowledgePage;
import org.painwise.browser.pages.LessonPage;
import org.painwise.browser.pages.LoginPage;
import org.painwise.browser.pages.QuizPage;
import org.painwise.browser.pages.ResultPage;
import org.painwise.browser.pages.SignupPage;
import org.painwise.browser.pages.TherapistsPage;
import org.painwise.outcome.KnowledgeStatement;
import org.painwise.testsupport.Browser;
import org.painwise.testsupport.Bundle;
import org.painwise.testsupport.Lessons;
import org.painwise.testsupport.TestServer;

/**
 * The whole clinical loop in two real browsers (axe on every page, at 1280 and 360 px): a patient
 * invited by a therapist links, shares check-ins, the knowledge check and the journal, takes the
 * knowledge check, checks in three times (one red flag: the "seek care now" guidance appears at
 * once), adds journal items, reads module 1 to the end and passes its quiz, and takes the knowledge
 * check again; the therapist sees the trend, the flag, the gain, the journal and the completed
 * module on the client page; after the patient withdraws each share the therapist sees none of
 * them.
 */
class ClinicalLoopIT {

  private static final String THERAPIST = "Theo Demo";
  private static final String MODULE = "pain-alarm-system";
  private static final int N = KnowledgeStatement.values().length;

  private final URL base = TestServer.url();

  @Test
  void aPatientWalksTheLoopAndTheTherapistSeesItOnlyWhileShared() {
    String patientName = "Lou " + UUID.randomUUID().toString().substring(0, 6);
    String patientEmail = "lou-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    String danger = "Bending to lift the laundry basket";
    String safety = "A warm shower in the morning";
    int pages = Lessons.module(MODULE).pages().size();
    String moduleTitle = Lessons.module(MODULE).title();

    try (Browser therapist = Browser.open(base);
        Browser patient = Browser.open(base)) {
      // 1. The therapist invites; the patient signs up with the link and shares three kinds.
      new LoginPage(therapist).open().signIn("therapist@painwise.test", "painwise-demo");
      String link = new InvitationsPage(therapist).open().invite();
      new SignupPage(patient)
          .openInvitation(link)
          .signUp(patientName, patientEmail, "a-good-password")
          .signIn(patientEmail, "a-good-password");
      TherapistsPage sharing =
          new TherapistsPage(patient)
              .open()
              .shareCheckins(THERAPIST)
              .open()
              .shareKnowledge(THERAPIST)
              .open()
              .shareJournal(THERAPIST);
      assertTrue(sharing.sharesCheckinsWith(THERAPIST));

      // 2. The knowledge check before the first module, offered on the dashboard: all "not sure".
      KnowledgePage before = new DashboardPage(patient).open().takeKnowledgeCheck();
      List<String> ids = before.statements();
      assertEquals(N, ids.size());
      ids.forEach(id -> before.answer(id, "NOT_SURE"));
      before.submit();
      assertEquals(Bundle.text("knowledge.table.correctOf", 0, N), before.score());

      // 3. Three check-ins; the third has a red flag and the guidance shows as soon as it is
      // ticked.
      CheckinPage checkin = new CheckinPage(patient).open();
      checkin.fill(7, 7, 6, 6, 5, 4, 6).save();
      assertTrue(
          checkin.messages().contains(Bundle.text("patient_checkin.message.info.saved")),
          () -> "messages: " + checkin.messages());
      checkin.fill(6, 6, 6, 5, 5, 5, 6).save();
      assertFalse(checkin.guidanceShown(), "no guidance without a red flag");
      checkin.fill(8, 7, 7, 7, 8, 3, 3).tickSelfHarm();
      assertTrue(checkin.guidanceShown(), "the guidance shows as soon as the box is ticked");
      assertTrue(checkin.guidanceText().contains(Bundle.text("patient_checkin.guidance.crisis")));
      checkin.save();
      assertTrue(checkin.guidanceShown(), "the guidance stays after saving");
      assertEquals(3, checkin.rows().size(), () -> checkin.rows().toString());

      // 4. Two journal items, one each side.
      JournalPage journal = new DashboardPage(patient).open().openJournal();
      journal.fill("DANGER", "ACTIVITIES", danger).add();
      journal.fill("SAFETY", "ACTIVITIES", safety).add();
      assertEquals(List.of(danger, safety), journal.items());
      assertEquals(List.of(1, 1), journal.thisWeek());

      // 5. Module 1: every page read, then its quiz passed (answers from its quiz.gift).
      assertEquals(
          Bundle.text("lessons_module.message.info.finished"),
          new LessonPage(patient)
              .open(MODULE, Lessons.module(MODULE).pages().get(0).slug())
              .readToTheEnd(1, pages)
              .finishedMessage());
      ResultPage result = new QuizPage(patient).open(MODULE).start().answerModuleOne().submit();
      assertEquals(Bundle.text("quiz.badge.passed"), result.outcome());

      // 6. The knowledge check again, every answer right: the gain shows.
      KnowledgePage after = new KnowledgePage(patient).open();
      for (KnowledgeStatement s : KnowledgeStatement.values()) {
        after.answer(s.name(), s.answer().name());
      }
      after.submit();
      assertEquals(Bundle.text("knowledge.gain.points", 100), after.gain());

      // 7. The therapist sees the trend, the flag, the gain, the journal and the module.
      ClientsPage clients = new ClientsPage(therapist).open().search(patientName);
      List<String> cells = clients.outcomeCells(patientName);
      assertEquals("8", cells.get(0), "latest pain: " + cells);
      assertEquals("1", cells.get(2), "one unseen red flag: " + cells);
      ClientPage client = clients.openClient(patientName);
      long clientId = currentId(therapist);
      assertTrue(client.checkinsShared());
      assertEquals(3, client.checkinRows());
      assertEquals(7, client.checkinCharts());
      List<String> flags = client.redFlags();
      assertEquals(1, flags.size(), flags::toString);
      assertTrue(
          flags.get(0).endsWith(Bundle.text("checkin.flagShort.SELF_HARM")), flags::toString);
      assertTrue(client.knowledgeShared());
      assertEquals(Bundle.text("knowledge.gain.points", 100), client.knowledgeGain());
      assertEquals(2, client.knowledgeRows());
      assertTrue(client.outcomeTimelineShown(), "gain and symptoms on one time axis");
      assertTrue(client.journalShared());
      assertEquals(List.of(danger, safety), client.journalItems());
      assertEquals(1, client.journalBalanceRows());
      List<String> timeline = client.timeline();
      assertTrue(
          timeline.contains(Bundle.text("timeline.MODULE_COMPLETED") + ": " + moduleTitle),
          () -> "timeline: " + timeline);

      // 8. The patient withdraws every share: the therapist sees none of it at once.
      TherapistsPage withdrawn =
          new TherapistsPage(patient)
              .open()
              .withdrawCheckins(THERAPIST)
              .open()
              .withdrawKnowledge(THERAPIST)
              .open()
              .withdrawJournal(THERAPIST);
      assertFalse(withdrawn.sharesCheckinsWith(THERAPIST));
      ClientPage hidden = client.open(clientId);
      assertFalse(hidden.checkinsShared());
      assertEquals(0, hidden.checkinRows());
      assertTrue(hidden.redFlags().isEmpty());
      assertFalse(hidden.knowledgeShared());
      assertEquals("", hidden.knowledgeGain());
      assertEquals(0, hidden.knowledgeRows());
      assertFalse(hidden.outcomeTimelineShown());
      assertFalse(hidden.journalShared());
      assertEquals(List.of(), hidden.journalItems());
      assertEquals(0, hidden.journalBalanceRows());
      assertEquals(
          List.of("", "", "0"),
          new ClientsPage(therapist).open().search(patientName).outcomeCells(patientName));
    }
  }

  private static long currentId(Browser browser) {
    String url = browser.driver().getCurrentUrl();
    return Long.parseLong(url.substring(url.indexOf("id=") + 3).split("&")[0]);
  }
}
