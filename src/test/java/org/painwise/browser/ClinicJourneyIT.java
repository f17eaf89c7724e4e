package org.painwise.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.painwise.browser.pages.ClientPage;
import org.painwise.browser.pages.ClientsPage;
import org.painwise.browser.pages.DashboardPage;
import org.painwise.browser.pages.InvitationsPage;
import org.painwise.browser.pages.LessonPage;
import org.painwise.browser.pages.LoginPage;
import org.painwise.browser.pages.ProgressPage;
import org.painwise.browser.pages.QuizPage;
import org.painwise.browser.pages.ResultPage;
import org.painwise.browser.pages.SignupPage;
import org.painwise.testsupport.Browser;
import org.painwise.testsupport.Bundle;
import org.painwise.testsupport.Lessons;
import org.painwise.testsupport.TestServer;

/**
 * The clinic journey in two real browsers: a therapist invites, a new patient signs up with the
 * code, the therapist assigns module 1 with a note, the patient sees the note and completes the
 * module, and the therapist sees it completed.
 */
class ClinicJourneyIT {

  private static final String MODULE = "pain-alarm-system";
  private static final String THERAPIST = "Theo Demo";

  private final URL base = TestServer.url();

  @Test
  void inviteSignUpAssignCompleteAndFollow() {
    String patientName = "Jules " + UUID.randomUUID().toString().substring(0, 6);
    String patientEmail = "jules-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    String note = "Start with this one before our next session.";
    String moduleTitle = Lessons.module(MODULE).title();
    int pages = Lessons.module(MODULE).pages().size();

    try (Browser therapist = Browser.open(base);
        Browser patient = Browser.open(base)) {
      // 1. The therapist makes an invitation.
      new LoginPage(therapist).open().signIn("therapist@painwise.test", "painwise-demo");
      String link = new InvitationsPage(therapist).open().invite();
      assertTrue(link.contains("/signup?invite="), link);

      // 2. A new patient opens the link and signs up.
      SignupPage signup = new SignupPage(patient).openInvitation(link);
      assertEquals(Bundle.formatted("signup.text.invited", THERAPIST), signup.invitation());
      LoginPage login = signup.signUp(patientName, patientEmail, "a-good-password");
      List<String> signedUp = login.messages();
      assertTrue(
          signedUp.contains(Bundle.text("patient_therapists.message.info.linked", THERAPIST)),
          () -> "messages: " + signedUp);
      login.signIn(patientEmail, "a-good-password");

      // 3. The therapist finds the new client and assigns module 1 with a note.
      ClientsPage clients = new ClientsPage(therapist).open();
      clients.search(patientName).selectOnly(patientName).assignModules(note, moduleTitle);
      List<String> assigned = clients.messages();
      assertTrue(
          assigned.contains(Bundle.text("therapist_clients.message.info.assigned", 1)),
          () -> "messages: " + assigned);

      // 4. The patient sees the assignment and the note, and completes the module.
      DashboardPage home = new DashboardPage(patient).open();
      assertTrue(home.assigned().contains(note));
      assertTrue(
          home.notices().contains(Bundle.formatted("notice.ASSIGNED", moduleTitle)),
          () -> "notices: " + home.notices());
      assertEquals(
          Bundle.text("lessons_module.message.info.finished"),
          new LessonPage(patient)
              .open(MODULE, Lessons.module(MODULE).pages().get(0).slug())
              .readToTheEnd(1, pages)
              .finishedMessage());
      ResultPage result = new QuizPage(patient).open(MODULE).start().answerModuleOne().submit();
      assertEquals(Bundle.text("quiz.badge.passed"), result.outcome());
      DashboardPage after = new DashboardPage(patient).open();
      assertTrue(
          after.assignedBadges().contains(Bundle.text("lessons_index.badge.complete")),
          () -> "badges: " + after.assignedBadges());
      assertTrue(
          after.assigned().contains(Bundle.formatted("patient_index.text.latestScore", 100)),
          after.assigned());
      ProgressPage progress = new ProgressPage(patient).open();
      assertEquals("1", progress.completedCount());
      assertTrue(progress.results().contains("100%"));
      assertTrue(progress.chartIsDrawn(), "the chart is drawn");

      // 5. The therapist sees it completed.
      ClientsPage again = new ClientsPage(therapist).open().search(patientName);
      ClientsPage.ClientRow row = again.rowOf(patientName);
      assertEquals("1", row.assigned(), "assigned");
      assertEquals("1", row.completed(), "completed");
      assertEquals("100%", row.latestScore(), "latest quiz score");
      ClientPage client = again.openClient(patientName);
      List<String> timeline = client.timeline();
      assertTrue(
          timeline.contains(Bundle.text("timeline.MODULE_COMPLETED") + ": " + moduleTitle),
          () -> "timeline: " + timeline);
      assertTrue(
          timeline.contains(Bundle.text("timeline.QUIZ_PASSED") + ": " + moduleTitle + " (100%)"),
          () -> "timeline: " + timeline);
    }
  }
}
