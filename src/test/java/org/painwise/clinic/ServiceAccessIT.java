package org.painwise.clinic;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.painwise.account.AccessDeniedException;
import org.painwise.account.Account;
import org.painwise.account.AccountService;
import org.painwise.account.PersonalDataExport;
import org.painwise.account.Role;
import org.painwise.lesson.LessonService;
import org.painwise.progress.ProgressHistory;
import org.painwise.progress.ProgressService;
import org.painwise.quiz.ItemStatistics;
import org.painwise.quiz.QuestionBank;
import org.painwise.quiz.QuizHistory;
import org.painwise.quiz.QuizPublishing;
import org.painwise.quiz.QuizService;
import org.painwise.quiz.QuizTransfer;
import org.painwise.testsupport.AlsoOnPostgreSQL;
import org.painwise.testsupport.InContainer;
import org.painwise.testsupport.TestCaller;

/**
 * The services check role and ownership themselves, whatever page or endpoint calls them: each is
 * called here as the wrong role, with another person's id, and with nobody signed in, and refuses
 * with {@link AccessDeniedException} (which the pages answer as "not found"). The same calls as the
 * right person go through, so the refusals are not a guard that refuses everything.
 */
@AlsoOnPostgreSQL
@ExtendWith(InContainer.class)
class ServiceAccessIT {

  @Inject AccountService accounts;
  @Inject PersonalDataExport export;
  @Inject CareService care;
  @Inject AssignmentService assignments;
  @Inject ClientDirectory directory;
  @Inject ClientTimeline timeline;
  @Inject NoticeService notices;
  @Inject ReminderService reminders;
  @Inject ProgressService progress;
  @Inject ProgressHistory history;
  @Inject QuizService quizzes;
  @Inject QuizHistory quizHistory;
  @Inject QuestionBank bank;
  @Inject QuizPublishing publishing;
  @Inject QuizTransfer transfer;
  @Inject ItemStatistics statistics;
  @Inject LessonService lessons;

  Account therapist;
  Account otherTherapist;
  Account client;
  Account stranger;
  Account educator;
  Account admin;
  Account otherAdmin;
  long module1;

  /** As the system: t follows the client; the other therapist follows nobody. */
  @BeforeEach
  void people() throws Exception {
    TestCaller.clear();
    therapist = account("t", Role.THERAPIST);
    otherTherapist = account("u", Role.THERAPIST);
    client = account("c", Role.PATIENT);
    stranger = account("s", Role.PATIENT);
    educator = account("e", Role.EDUCATOR);
    admin = account("a", Role.ADMIN);
    otherAdmin = account("b", Role.ADMIN);
    care.redeem(client.getId(), care.invite(therapist.getId(), 14).getCode());
    module1 = lessons.module("pain-alarm-system").orElseThrow().getId();
  }

  @AfterEach
  void asTheSystemAgain() {
    TestCaller.clear();
  }

  @Test
  void aPatientSeesOnlyTheirOwnLearningData() {
    TestCaller.as(stranger);
    denied(() -> progress.progress(client.getId()));
    denied(() -> progress.completedModules(client.getId()));
    denied(() -> history.pagesRead(client.getId(), 10));
    denied(() -> quizHistory.points(client.getId()));
    denied(() -> quizzes.latestScores(client.getId()));
    denied(() -> quizzes.overview(client.getId(), "pain-alarm-system"));
    denied(() -> export.export(client.getId()));
    denied(() -> notices.unread(client.getId()));
    denied(() -> assignments.forPatient(client.getId()));
    denied(() -> care.therapistsOf(client.getId()));
    denied(() -> accounts.delete(client.getId()));

    TestCaller.as(client);
    allowed(() -> progress.progress(client.getId()));
    allowed(() -> quizHistory.points(client.getId()));
    allowed(() -> export.export(client.getId()));
    allowed(() -> care.therapistsOf(client.getId()));
  }

  @Test
  void aTherapistSeesTheirOwnClientsOnlyAndNeverActsAsAnotherTherapist() {
    TestCaller.as(otherTherapist);
    denied(() -> progress.completedModules(client.getId()));
    denied(() -> history.openPage(client.getId()));
    denied(() -> quizHistory.points(client.getId()));
    denied(() -> directory.page(therapist.getId(), "", null, true, 0, 25, LocalDate.now()));
    denied(() -> directory.count(therapist.getId(), ""));
    denied(() -> timeline.timeline(therapist.getId(), client.getId()));
    denied(() -> care.invitations(therapist.getId()));
    denied(() -> care.requireClient(therapist.getId(), client.getId()));
    denied(() -> assignments.forClient(therapist.getId(), client.getId()));
    denied(
        () ->
            assignments.assign(
                therapist.getId(),
                List.of(client.getId()),
                List.of(module1),
                new AssignmentDraft(LocalDate.now().plusDays(7), "x")));
    // A therapist never writes a learner's progress, even their own client's.
    TestCaller.as(therapist);
    allowed(() -> progress.completedModules(client.getId()));
    allowed(() -> quizHistory.points(client.getId()));
    allowed(() -> timeline.timeline(therapist.getId(), client.getId()));
    denied(() -> progress.updateCompletion(client.getId(), module1));
  }

  @Test
  void eachRoleKeepsToItsOwnServices() {
    TestCaller.as(client);
    denied(() -> bank.summaries());
    denied(() -> publishing.publish("pain-alarm-system", client.getId()));
    denied(() -> transfer.export("pain-alarm-system", QuizTransfer.FileFormat.GIFT));
    denied(() -> statistics.statistics("pain-alarm-system", java.util.Optional.empty()));
    denied(() -> directory.count(client.getId(), ""));
    denied(() -> care.invite(client.getId(), 14));
    denied(() -> reminders.run(LocalDate.now()));
    denied(() -> accounts.count("", null));
    denied(() -> accounts.changeRole(client.getId(), stranger.getId(), Role.ADMIN));

    TestCaller.as(therapist);
    denied(() -> bank.summaries());
    denied(() -> reminders.run(LocalDate.now()));
    denied(() -> accounts.page("", null, 0, 10, null, true));
    denied(() -> care.therapistsOf(therapist.getId()));

    TestCaller.as(educator);
    allowed(() -> bank.summaries());
    denied(() -> directory.count(educator.getId(), ""));
    denied(() -> reminders.run(LocalDate.now()));

    TestCaller.as(admin);
    allowed(() -> accounts.count("", null));
    denied(() -> bank.summaries());
    // An admin acts in their own name only.
    denied(() -> accounts.changeRole(otherAdmin.getId(), stranger.getId(), Role.THERAPIST));
    allowed(() -> accounts.changeRole(admin.getId(), stranger.getId(), Role.THERAPIST));
    assertEquals(Role.THERAPIST, accounts.find(stranger.getId()).orElseThrow().getRole());
  }

  @Test
  void nobodySignedInGetsOnlyTheOpenDoors() {
    TestCaller.nobody();
    denied(() -> progress.progress(client.getId()));
    denied(() -> bank.summaries());
    denied(() -> directory.count(therapist.getId(), ""));
    denied(() -> quizzes.modulesWithQuiz());
    // Sign-up is open, but only for patients; other roles come from an admin or the system.
    denied(() -> accounts.register(unique("x"), "X", "a-good-password", Role.THERAPIST));
    allowed(() -> accounts.register(unique("y"), "Y", "a-good-password", Role.PATIENT));
    allowed(() -> care.inviter("NO-SUCH-CODE"));
  }

  private static void denied(Executable call) {
    assertThrows(AccessDeniedException.class, call);
  }

  private static void allowed(Executable call) {
    assertDoesNotThrow(call);
  }

  private Account account(String prefix, Role role) throws Exception {
    return accounts.register(
        unique(prefix), prefix.toUpperCase() + " Access", "a-good-password", role);
  }

  private static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
  }
}
