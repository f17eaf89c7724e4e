package org.painwise.clinic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import jakarta.validation.ConstraintViolationException;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.painwise.account.Account;
import org.painwise.account.AccountService;
import org.painwise.account.Role;
import org.painwise.clinic.InvitationException.Reason;
import org.painwise.lesson.LessonService;
import org.painwise.testsupport.AlsoOnPostgreSQL;
import org.painwise.testsupport.Bundle;
import org.painwise.testsupport.DeploymentUrl;
import org.painwise.testsupport.FacesClient;
import org.painwise.testsupport.InContainer;

/**
 * Every clinic access rule, with two therapists and three patients: someone else's client answers
 * exactly like a client that does not exist, in the services and through the pages.
 */
@AlsoOnPostgreSQL
@ExtendWith(InContainer.class)
class ClinicAccessIT {

  private static final String PASSWORD = "a-good-password";

  @Inject AccountService accounts;
  @Inject CareService care;
  @Inject AssignmentService assignments;
  @Inject ClientDirectory directory;
  @Inject ClientTimeline timeline;
  @Inject LessonService lessons;
  @Inject UserTransaction tx;
  @PersistenceContext EntityManager em;
  @DeploymentUrl URL base;

  Account t1;
  Account t2;
  Account p1;
  Account p2;
  Account p3;
  long module1;

  /** A fresh clinic for each test: t1 follows p1 and p2, t2 follows p3. */
  @BeforeEach
  void clinic() throws Exception {
    t1 = account("t1", Role.THERAPIST);
    t2 = account("t2", Role.THERAPIST);
    p1 = account("p1", Role.PATIENT);
    p2 = account("p2", Role.PATIENT);
    p3 = account("p3", Role.PATIENT);
    care.redeem(p1.getId(), care.invite(t1.getId(), 14).getCode());
    care.redeem(p2.getId(), care.invite(t1.getId(), 14).getCode());
    care.redeem(p3.getId(), care.invite(t2.getId(), 14).getCode());
    module1 = lessons.module("pain-alarm-system").orElseThrow().getId();
  }

  @Test
  void aTherapistCannotReadAssignToOrFollowAnotherTherapistsClient() throws Exception {
    assertThrows(NotYourClientException.class, () -> care.requireClient(t2.getId(), p1.getId()));
    assertThrows(
        NotYourClientException.class,
        () ->
            assignments.assign(
                t2.getId(),
                List.of(p1.getId()),
                List.of(module1),
                new AssignmentDraft(LocalDate.now().plusDays(7), "x")));
    assertThrows(NotYourClientException.class, () -> assignments.forClient(t2.getId(), p1.getId()));
    assertThrows(NotYourClientException.class, () -> timeline.timeline(t2.getId(), p1.getId()));
    assertThrows(NotYourClientException.class, () -> timeline.stuck(t2.getId(), p1.getId()));
    assertTrue(
        ids(t2).contains(p3.getId()) && !ids(t2).contains(p1.getId()),
        "t2's table holds only t2's clients");

    assignments.assign(
        t1.getId(),
        List.of(p1.getId()),
        List.of(module1),
        new AssignmentDraft(LocalDate.now().plusDays(7), "Read this first"));
    long a1 = assignments.forClient(t1.getId(), p1.getId()).get(0).getId();
    assertThrows(
        NotYourClientException.class,
        () -> assignments.edit(t2.getId(), a1, new AssignmentDraft(LocalDate.now(), "hijack")));
    assertThrows(NotYourClientException.class, () -> assignments.withdraw(t2.getId(), a1));
    assertEquals("Read this first", assignments.forClient(t1.getId(), p1.getId()).get(0).getNote());
    assertThrows(
        NotYourClientException.class,
        () ->
            assignments.edit(
                t1.getId(), 999_999_999L, new AssignmentDraft(LocalDate.now(), "unknown id")),
        "an unknown id answers the same way");
  }

  @Test
  void aPastDueDateIsRefusedByTheServiceAndByTheSingleClientPage() throws Exception {
    LocalDate yesterday = LocalDate.now().minusDays(1);
    ConstraintViolationException refused =
        assertThrows(
            ConstraintViolationException.class,
            () ->
                assignments.assign(
                    t1.getId(),
                    List.of(p1.getId()),
                    List.of(module1),
                    new AssignmentDraft(yesterday, "late")));
    assertEquals(
        List.of("{clinic.assignment.dueOn.past}"),
        refused.getConstraintViolations().stream()
            .map(jakarta.validation.ConstraintViolation::getMessageTemplate)
            .toList());
    assertEquals(List.of(), assignments.forClient(t1.getId(), p1.getId()), "nothing assigned");

    assignments.assign(
        t1.getId(),
        List.of(p1.getId()),
        List.of(module1),
        new AssignmentDraft(LocalDate.now().plusDays(7), "on time"));
    long made = assignments.forClient(t1.getId(), p1.getId()).get(0).getId();
    assertThrows(
        ConstraintViolationException.class,
        () -> assignments.edit(t1.getId(), made, new AssignmentDraft(yesterday, "late")));
    assertThrows(
        ConstraintViolationException.class,
        () ->
            assignments.edit(
                t1.getId(),
                made,
                new AssignmentDraft(LocalDate.now(), "x".repeat(Assignment.NOTE_MAX + 1))));
    assertEquals(
        LocalDate.now().plusDays(7),
        assignments.forClient(t1.getId(), p1.getId()).get(0).getDueOn());

    FacesClient asT1 = signedIn(t1);
    FacesClient.Page page = asT1.get("/therapist/client?id=" + p1.getId());
    FacesClient.Page answer =
        asT1.postback(
            page,
            "assignOne",
            java.util.Map.of(
                "module", String.valueOf(module1), "dueOn", yesterday.toString(), "note", "late"),
            "assign");
    assertTrue(
        answer
            .body()
            .contains(
                Bundle.violation(
                    "clinic.assignment.dueOn.past", Bundle.text("therapist_clients.label.dueOn"))),
        answer.body());
    assertEquals(
        1, assignments.forClient(t1.getId(), p1.getId()).size(), "the page assigned nothing");
  }

  @Test
  void theRulesHoldThroughThePagesToo() throws Exception {
    FacesClient asT2 = signedIn(t2);
    assertEquals(404, asT2.get("/therapist/client?id=" + p1.getId()).status(), "someone else's");
    assertEquals(404, asT2.get("/therapist/client?id=999999999").status(), "unknown");
    assertEquals(200, asT2.get("/therapist/client?id=" + p3.getId()).status(), "own client");
    String csv = asT2.get("/therapist/clients.csv").body();
    assertTrue(csv.contains(p3.getEmail()) && !csv.contains(p1.getEmail()), csv);

    FacesClient asP1 = signedIn(p1);
    assertEquals(
        404, asP1.get("/therapist/clients").status(), "patients never see therapist pages");
    assertEquals(404, asP1.get("/therapist/client?id=" + p2.getId()).status());
    String export = asP1.get("/patient/export.json").body();
    assertTrue(export.contains(p1.getEmail()) && !export.contains(p2.getEmail()), export);

    FacesClient asAdmin = new FacesClient(base);
    asAdmin.login("admin@painwise.test", "painwise-demo");
    assertEquals(
        404,
        asAdmin.get("/therapist/client?id=" + p1.getId()).status(),
        "admins manage accounts but do not read clinical progress");
    assertEquals(404, asAdmin.get("/therapist/clients.csv").status());
  }

  @Test
  void afterUnlinkingTheTherapistSeesNothingMore() throws Exception {
    assignments.assign(
        t1.getId(),
        List.of(p1.getId()),
        List.of(module1),
        new AssignmentDraft(LocalDate.now().plusDays(7), "note"));
    assertEquals(1, assignments.forPatient(p1.getId()).size());

    care.unlink(p1.getId(), t1.getId());

    assertThrows(NotYourClientException.class, () -> care.requireClient(t1.getId(), p1.getId()));
    assertFalse(ids(t1).contains(p1.getId()));
    assertEquals(
        0,
        assignments.forPatient(p1.getId()).size(),
        "the patient no longer sees that therapist's assignments");
    assertEquals(404, signedIn(t1).get("/therapist/client?id=" + p1.getId()).status());
  }

  @Test
  void anInvitationWorksOnceExpiresAndCanBeRevoked() throws Exception {
    Account p4 = account("p4", Role.PATIENT);
    Account p5 = account("p5", Role.PATIENT);
    Invitation once = care.invite(t1.getId(), 14);
    care.redeem(p4.getId(), once.getCode());
    assertEquals(
        Reason.USED,
        assertThrows(InvitationException.class, () -> care.redeem(p5.getId(), once.getCode()))
            .reason());

    Invitation old = care.invite(t1.getId(), 1);
    tx.begin();
    em.createQuery("update Invitation i set i.expiresAt = :past where i.id = :id")
        .setParameter("past", Instant.now().minusSeconds(60))
        .setParameter("id", old.getId())
        .executeUpdate();
    tx.commit();
    assertEquals(
        Reason.EXPIRED,
        assertThrows(InvitationException.class, () -> care.redeem(p5.getId(), old.getCode()))
            .reason());

    Invitation revoked = care.invite(t1.getId(), 14);
    assertThrows(
        NotYourClientException.class,
        () -> care.revoke(t2.getId(), revoked.getId()),
        "another therapist cannot revoke it");
    care.revoke(t1.getId(), revoked.getId());
    assertEquals(
        Reason.REVOKED,
        assertThrows(InvitationException.class, () -> care.redeem(p5.getId(), revoked.getCode()))
            .reason());
    assertEquals(
        Reason.UNKNOWN,
        assertThrows(InvitationException.class, () -> care.redeem(p5.getId(), "NOSUCHCODE"))
            .reason());

    // Through the page: a clear message for a used code.
    FacesClient asP5 = signedIn(p5);
    FacesClient.Page form = asP5.get("/patient/therapists");
    FacesClient.Page result =
        asP5.submit(
            "/patient/therapists",
            form,
            "link",
            java.util.Map.of("code", once.getCode()),
            "submit");
    assertTrue(result.body().contains("This code has already been used"), result.body());
  }

  @Test
  void aDeletedPatientLeavesTheTherapistsTable() throws Exception {
    assertTrue(ids(t1).contains(p2.getId()));
    accounts.delete(p2.getId());
    assertFalse(ids(t1).contains(p2.getId()));
    assertTrue(accounts.find(p2.getId()).isEmpty());
  }

  private List<Long> ids(Account therapist) {
    return directory.page(therapist.getId(), "", "name", true, 0, 1000, LocalDate.now()).stream()
        .map(ClientRow::patientId)
        .toList();
  }

  private FacesClient signedIn(Account account) {
    FacesClient client = new FacesClient(base);
    assertEquals(302, client.login(account.getEmail(), PASSWORD).status());
    return client;
  }

  private Account account(String prefix, Role role) throws Exception {
    String email = prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    return accounts.register(
        email, prefix.toUpperCase() + " " + email.substring(3, 8), PASSWORD, role);
  }
}
