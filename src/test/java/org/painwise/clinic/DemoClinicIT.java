package org.painwise.clinic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.painwise.account.Account;
import org.painwise.account.AccountService;
import org.painwise.account.DemoAccounts;
import org.painwise.account.SystemIdentity;
import org.painwise.quiz.QuizHistory;
import org.painwise.testsupport.AlsoOnPostgreSQL;
import org.painwise.testsupport.InContainer;

/**
 * The demo run (the test server runs with {@code painwise.demo=true}) gives the demo therapist demo
 * clients with progress, quiz attempts and assignments; running it again changes nothing.
 */
@AlsoOnPostgreSQL
@ExtendWith(InContainer.class)
class DemoClinicIT {

  @Inject AccountService accounts;
  @Inject ClientDirectory directory;
  @Inject QuizHistory history;
  @Inject DemoClinic demo;
  @PersistenceContext EntityManager em;

  @Test
  void theDemoTherapistHasDemoClientsWithProgressScoresAndAssignments() {
    Map<String, ClientRow> rows = demoRows();
    assertEquals(
        DemoClinic.CLIENTS.stream().map(DemoClinic.Client::name).sorted().toList(),
        rows.keySet().stream().sorted().toList(),
        "every demo client is the demo therapist's client");

    ClientRow maya = rows.get("Maya Demo");
    assertEquals(1, maya.assigned());
    assertEquals(0, maya.completed(), "module 2, which is assigned, is not complete yet");
    assertEquals(100, maya.latestScore(), "Maya passed module 1 at her second try");
    assertEquals(2, history.points(maya.patientId()).size(), "Maya took module 1's quiz twice");
    ClientRow ines = rows.get("Ines Demo");
    assertEquals(2, ines.assigned());
    assertEquals(1, ines.completed(), "of modules 2 and 3, module 2 is complete");
    assertEquals(3, history.points(ines.patientId()).size());
    ClientRow leo = rows.get("Leo Demo");
    assertEquals(1, leo.assigned());
    assertEquals(0, leo.completed());
    assertEquals(null, leo.latestScore(), "Leo has not taken a quiz");
    assertTrue(leo.lastActivity() != null, "Leo has read");
    ClientRow sam = rows.get("Sam Demo");
    assertEquals(1, sam.assigned());
    assertEquals(null, sam.lastActivity(), "Sam has just joined");
  }

  @Test
  void aSecondDemoRunChangesNothing() {
    Map<String, Long> before = counts();

    SystemIdentity.run("test: demo clinic again", demo::ensure);

    assertEquals(before, counts());
    assertEquals(DemoClinic.CLIENTS.size(), demoRows().size());
    assertThrows(IllegalStateException.class, demo::ensure, "only the system makes demo data");
  }

  private Map<String, ClientRow> demoRows() {
    Account therapist = accounts.findByEmail(DemoAccounts.THERAPIST_EMAIL).orElseThrow();
    List<String> names = DemoClinic.CLIENTS.stream().map(DemoClinic.Client::name).toList();
    return directory
        .page(therapist.getId(), "Demo", "name", true, 0, 1000, LocalDate.now())
        .stream()
        .filter(r -> names.contains(r.name()))
        .collect(Collectors.toMap(ClientRow::name, Function.identity()));
  }

  /** Rows that the demo run makes, per table, for the demo clients. */
  private Map<String, Long> counts() {
    List<String> emails = DemoClinic.CLIENTS.stream().map(DemoClinic.Client::email).toList();
    return Map.of(
        "accounts",
        count("select count(a) from Account a where a.email in :e", emails),
        "links",
        count(
            "select count(l) from CareLink l where l.patientId in"
                + " (select a.id from Account a where a.email in :e)",
            emails),
        "assignments",
        count(
            "select count(x) from Assignment x where x.patientId in"
                + " (select a.id from Account a where a.email in :e)",
            emails),
        "attempts",
        count(
            "select count(t) from Attempt t where t.accountId in"
                + " (select a.id from Account a where a.email in :e)",
            emails));
  }

  private long count(String jpql, List<String> emails) {
    return em.createQuery(jpql, Long.class).setParameter("e", emails).getSingleResult();
  }
}
