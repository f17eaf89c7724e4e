package org.painwise.clinic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.painwise.browser.pages.LoginPage;
import org.painwise.browser.pages.QuizPage;
import org.painwise.browser.pages.ResultPage;
import org.painwise.testsupport.Browser;
import org.painwise.testsupport.Bundle;
import org.painwise.testsupport.FacesClient;
import org.painwise.testsupport.FacesClient.Page;
import org.painwise.testsupport.OutboxReader;
import org.painwise.testsupport.TestServer;

/**
 * Reminder emails, read from the test server's outbox (it has no SMTP server): one per assignment
 * and kind however often the run repeats, none for a completed module, none after the patient
 * unlinks, each in the patient's language.
 */
class ReminderIT {

  private final URL base = TestServer.url();
  private final OutboxReader outbox = new OutboxReader(base);

  @Test
  void oneReminderPerAssignmentAndKindNoneWhenCompletedNoneAfterUnlinking() throws Exception {
    LocalDate today = LocalDate.now();
    LocalDate due = today.plusDays(1);
    FacesClient therapist = new FacesClient(base);
    therapist.login("therapist@painwise.test", "painwise-demo");
    Patient ada = invitedPatient(therapist, "Ada");
    Patient bea = invitedPatient(therapist, "Bea");
    Patient cal = invitedPatient(therapist, "Cal");
    Patient dee = invitedPatient(therapist, "Dee");
    // Dee reads Painwise in French: the switch, signed in, keeps it in her account.
    Page switched =
        dee.client.postForm("/language", "language=fr&to=" + base.getPath() + "patient/index");
    assertEquals(302, switched.status(), switched.body());
    for (Patient p : new Patient[] {ada, bea, cal, dee}) {
      assign(therapist, p, due);
    }

    runReminders(today);
    runReminders(today);
    for (Patient p : new Patient[] {ada, bea, cal}) {
      assertEquals(1, count(p, "mail.subject.ASSIGNED"), p.email + " assigned");
      assertEquals(1, count(p, "mail.subject.DUE_SOON"), p.email + " due soon");
    }
    String french = Bundle.french("mail.subject.ASSIGNED", "");
    assertEquals(1, outbox.to(dee.email, french).size(), "Dee's email is in French: " + french);
    assertEquals("fr", outbox.to(dee.email, french).get(0).language());
    assertEquals(0, count(dee, "mail.subject.ASSIGNED"), "and not in English");

    // Bea completes the module (every page, then the quiz); Cal ends the link.
    for (String page :
        new String[] {
          "what-pain-is",
          "danger-detectors",
          "brain-decides",
          "acute-pain-protects",
          "kinds-of-pain"
        }) {
      Page p = bea.client.get("/lessons/pain-alarm-system/" + page);
      bea.client.postback(p, "pager", Map.of(), "next");
    }
    try (Browser browser = Browser.open(base)) {
      new LoginPage(browser).open().signIn(bea.email, "a-good-password");
      ResultPage result =
          new QuizPage(browser).open("pain-alarm-system").start().answerModuleOne().submit();
      assertEquals(Bundle.text("quiz.badge.passed"), result.outcome());
    }
    Page mine = cal.client.get("/patient/therapists");
    Matcher unlink =
        Pattern.compile("name=\"(links:[^\"]+)\" value=\"End the link\"").matcher(mine.body());
    assertTrue(unlink.find(), mine.body());
    cal.client.submit(
        "/patient/therapists",
        mine,
        "links",
        Map.of(),
        unlink.group(1).substring("links:".length()));

    runReminders(due.plusDays(1));
    runReminders(due.plusDays(1));
    assertEquals(1, count(ada, "mail.subject.OVERDUE"), "Ada is overdue once");
    assertEquals(0, count(bea, "mail.subject.OVERDUE"), "none for a completed module");
    assertEquals(0, count(cal, "mail.subject.OVERDUE"), "none after unlinking");
    assertTrue(
        ada.client.get("/patient/index").body().contains("past its due date"),
        "the in-app notice is there too");
  }

  private record Patient(String name, String email, FacesClient client) {}

  private Patient invitedPatient(FacesClient therapist, String name) {
    Page form = therapist.get("/therapist/invitations");
    Page created =
        therapist.submit("/therapist/invitations", form, "invite", Map.of("days", "14"), "create");
    Matcher code =
        Pattern.compile("id=\"new-code\" class=\"pw-code\">([A-Z0-9]+)<").matcher(created.body());
    assertTrue(code.find(), created.body());
    FacesClient client = new FacesClient(base);
    String email = FacesClient.uniqueEmail(name.toLowerCase(java.util.Locale.ROOT));
    String unique = name + " " + email.substring(name.length() + 1, name.length() + 9);
    Page signup = client.get("/signup?invite=" + code.group(1));
    client.postback(
        signup,
        "signup",
        Map.of("name", unique, "email", email, "password", "a-good-password"),
        "submit");
    assertEquals(302, client.login(email, "a-good-password").status());
    return new Patient(unique, email, client);
  }

  private void assign(FacesClient therapist, Patient patient, LocalDate due) {
    Matcher id =
        Pattern.compile("client\\?id=(\\d+)\">" + Pattern.quote(patient.name) + "</a>")
            .matcher(therapist.get("/therapist/clients").body());
    assertTrue(id.find(), patient.name + " is in the therapist's table");
    Page page = therapist.get("/therapist/client?id=" + id.group(1));
    Page done =
        therapist.postback(
            page,
            "assignOne",
            Map.of("module", moduleId(page), "dueOn", due.toString(), "note", "A gentle start"),
            "assign");
    assertTrue(
        done.body().contains(Bundle.text("therapist_clients.message.info.assigned", 1)),
        done.body());
  }

  private static String moduleId(Page page) {
    Matcher m =
        Pattern.compile("<option value=\"(\\d+)\"[^>]*>Pain, your body").matcher(page.body());
    assertTrue(m.find(), "module 1 is offered");
    return m.group(1);
  }

  private void runReminders(LocalDate date) throws Exception {
    FacesClient admin = new FacesClient(base);
    admin.login("admin@painwise.test", "painwise-demo");
    int status =
        admin
            .send(
                HttpRequest.newBuilder(URI.create(base + "api/admin/reminders?date=" + date))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.noBody()))
            .status();
    assertEquals(200, status);
  }

  /** The messages to {@code p} whose subject is this English subject, whatever its module. */
  private long count(Patient p, String subjectKey) {
    return outbox.to(p.email, Bundle.text(subjectKey, "")).size();
  }
}
