package org.painwise.clinic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.painwise.account.Account;
import org.painwise.account.AccountService;
import org.painwise.account.PersonalDataExport;
import org.painwise.account.Role;
import org.painwise.lesson.LessonPage;
import org.painwise.lesson.LessonService;
import org.painwise.progress.ProgressService;
import org.painwise.quiz.PracticeAttempts;
import org.painwise.testsupport.AlsoOnPostgreSQL;
import org.painwise.testsupport.DeploymentUrl;
import org.painwise.testsupport.FacesClient;
import org.painwise.testsupport.InContainer;

/**
 * "Download my data" holds everything Painwise keeps about a patient who has used every part of it:
 * pages read, the page opened last, time spent, every quiz attempt with each answer, therapists,
 * assignments and notices.
 */
@AlsoOnPostgreSQL
@ExtendWith(InContainer.class)
class DataExportIT {

  private static final String PASSWORD = "a-good-password";
  private static final String MODULE = "pain-alarm-system";

  @Inject AccountService accounts;
  @Inject CareService care;
  @Inject AssignmentService assignments;
  @Inject LessonService lessons;
  @Inject ProgressService progress;
  @Inject PracticeAttempts practice;
  @Inject PersonalDataExport export;
  @DeploymentUrl URL base;

  @Test
  void everyPartIsThereForAPatientWhoHasIt() throws Exception {
    Account therapist = account("t", "Tess Export", Role.THERAPIST);
    Account patient = account("p", "Pia Export", Role.PATIENT);
    care.redeem(patient.getId(), care.invite(therapist.getId(), 14).getCode());
    long module = lessons.module(MODULE).orElseThrow().getId();
    LocalDate due = LocalDate.now().plusDays(9);
    assignments.assign(
        therapist.getId(), List.of(patient.getId()), List.of(module), draft(due, "Read me"));
    List<LessonPage> pages = lessons.pages(module);
    progress.markRead(patient.getId(), pages.get(0));
    progress.recordVisit(patient.getId(), pages.get(1));
    int score = practice.take(patient.getId(), MODULE, 1);

    JsonObject data = export.export(patient.getId());

    JsonObject read = data.getJsonObject("progress");
    assertEquals(
        pages.get(0).getSlug(),
        read.getJsonArray("pagesRead").getJsonObject(0).getString("page"),
        "pages read");
    JsonObject last = read.getJsonObject("lastPage");
    assertEquals(MODULE, last.getString("module"), "the page opened last");
    assertEquals(pages.get(1).getSlug(), last.getString("page"));
    assertFalse(last.getString("openedAt").isEmpty());
    JsonObject activity = read.getJsonObject("activity");
    assertTrue(activity.getJsonNumber("secondsSpent").longValue() >= 0, "time spent");
    assertEquals(score, activity.getInt("latestQuizScorePercent"));

    JsonArray attempts = data.getJsonArray("quizAttempts");
    assertEquals(1, attempts.size());
    JsonObject attempt = attempts.getJsonObject(0);
    assertEquals(MODULE, attempt.getString("module"));
    assertEquals(score, attempt.getInt("scorePercent"));
    JsonArray answers = attempt.getJsonArray("answers");
    assertTrue(answers.size() >= 3, "every answer: " + answers);
    JsonObject first = answers.getJsonObject(0);
    assertEquals(1, first.getInt("number"));
    assertFalse(first.getString("question").isBlank(), "the question, in words");
    assertFalse(first.getString("answer").isBlank(), "the answer, in words");
    assertFalse(first.getString("response").isBlank(), "the answer as stored");
    assertEquals(100, first.getInt("scorePercent"), "all but the last are answered right");
    assertTrue(answers.getJsonObject(answers.size() - 1).getInt("scorePercent") < 100);

    JsonObject clinic = data.getJsonObject("clinic");
    JsonObject link = clinic.getJsonArray("therapists").getJsonObject(0);
    assertEquals("Tess Export", link.getString("name"), "therapists");
    assertTrue(link.isNull("unlinkedAt"));
    JsonObject assigned = clinic.getJsonArray("assignments").getJsonObject(0);
    assertEquals(MODULE, assigned.getString("module"), "assignments");
    assertEquals(due.toString(), assigned.getString("dueOn"));
    assertEquals("Read me", assigned.getString("note"));
    assertEquals("Tess Export", assigned.getString("therapist"));
    assertTrue(assigned.containsKey("remindersSent"));
    JsonObject notice = clinic.getJsonArray("notices").getJsonObject(0);
    assertEquals("ASSIGNED", notice.getString("kind"), "notices");
    assertEquals(lessons.module(MODULE).orElseThrow().getTitle(), notice.getString("about"));

    // The same file through the page's download link.
    FacesClient asPatient = new FacesClient(base);
    assertEquals(302, asPatient.login(patient.getEmail(), PASSWORD).status());
    FacesClient.Page download = asPatient.get("/patient/export.json");
    assertEquals(200, download.status());
    JsonObject downloaded = Json.createReader(new StringReader(download.body())).readObject();
    assertEquals(
        answers.size(),
        downloaded.getJsonArray("quizAttempts").getJsonObject(0).getJsonArray("answers").size());
    assertEquals(1, downloaded.getJsonObject("clinic").getJsonArray("notices").size());
  }

  @Test
  void aPatientWhoHasDoneNothingGetsEmptyParts() throws Exception {
    Account patient = account("n", "Nell Export", Role.PATIENT);
    JsonObject data = export.export(patient.getId());
    assertTrue(data.getJsonObject("progress").isNull("lastPage"));
    assertTrue(data.getJsonObject("progress").isNull("activity"));
    assertEquals(0, data.getJsonArray("quizAttempts").size());
    assertEquals(0, data.getJsonObject("clinic").getJsonArray("assignments").size());
    assertEquals(0, data.getJsonObject("clinic").getJsonArray("notices").size());
  }

  private static AssignmentDraft draft(LocalDate due, String note) {
    return new AssignmentDraft(due, note);
  }

  private Account account(String prefix, String name, Role role) throws Exception {
    String email =
        prefix + "-export-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    return accounts.register(email, name, PASSWORD, role);
  }
}
