package org.painwise.clinic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.painwise.account.Account;
import org.painwise.account.AccountService;
import org.painwise.account.Role;
import org.painwise.lesson.LessonService;
import org.painwise.lesson.Module;
import org.painwise.testsupport.Bundle;
import org.painwise.testsupport.Deployments;
import org.painwise.testsupport.FacesClient;

/**
 * A module is assigned to a client once while that assignment is open: a second one is skipped and
 * named, by the service and on the client's page; once the first is withdrawn or the module is
 * complete, it can be assigned again.
 */
@ExtendWith(ArquillianExtension.class)
class AssignmentRulesIT {

  private static final String PASSWORD = "a-good-password";

  @Deployment
  static WebArchive deployment() {
    return Deployments.appWithTests(AssignmentRulesIT.class);
  }

  @Inject AccountService accounts;
  @Inject CareService care;
  @Inject AssignmentService assignments;
  @Inject LessonService lessons;
  @Inject UserTransaction tx;
  @PersistenceContext EntityManager em;
  @ArquillianResource URL base;

  Account therapist;
  Account ann;
  Account bob;
  Module module1;
  Module module2;

  @BeforeEach
  void clinic() throws Exception {
    therapist = account("t", Role.THERAPIST);
    ann = account("ann", Role.PATIENT);
    bob = account("bob", Role.PATIENT);
    care.redeem(ann.getId(), care.invite(therapist.getId(), 14).getCode());
    care.redeem(bob.getId(), care.invite(therapist.getId(), 14).getCode());
    module1 = lessons.module("pain-alarm-system").orElseThrow();
    module2 = lessons.module("brain-builds-pain").orElseThrow();
  }

  @Test
  void anOpenAssignmentIsNotMadeTwiceAndTheSkippedOnesAreNamed() throws Exception {
    assertEquals(1, assign(List.of(ann), List.of(module1)).made());

    AssignmentResult again = assign(List.of(ann, bob), List.of(module1, module2));

    assertEquals(3, again.made(), "Bob gets both, Ann the second only");
    assertEquals(
        List.of(
            new AssignmentResult.Skipped(
                ann.getId(), ann.getDisplayName(), module1.getId(), module1.getTitle())),
        again.skipped());
    assertEquals(2, open(ann).size());
    assertEquals(2, open(bob).size());
  }

  @Test
  void aWithdrawnOrCompletedAssignmentNoLongerBlocksTheModule() throws Exception {
    assign(List.of(ann), List.of(module1));
    assignments.withdraw(therapist.getId(), open(ann).get(0).getId());
    assertEquals(1, assign(List.of(ann), List.of(module1)).made(), "after a withdrawal");

    tx.begin();
    em.createNativeQuery(
            "insert into module_completion (account_id, module_id, completed_at) values (?, ?, ?)")
        .setParameter(1, ann.getId())
        .setParameter(2, module1.getId())
        .setParameter(3, Instant.now())
        .executeUpdate();
    tx.commit();
    AssignmentResult afterCompletion = assign(List.of(ann), List.of(module1));
    assertEquals(1, afterCompletion.made(), "a completed module may be assigned again");
    assertTrue(afterCompletion.skipped().isEmpty());
  }

  @Test
  void theClientsPageSaysTheModuleIsAlreadyAssigned() throws Exception {
    assign(List.of(ann), List.of(module2));
    FacesClient asTherapist = new FacesClient(base);
    assertEquals(302, asTherapist.login(therapist.getEmail(), PASSWORD).status());
    FacesClient.Page page = asTherapist.get("/therapist/client?id=" + ann.getId());

    FacesClient.Page answer =
        asTherapist.postback(
            page,
            "assignOne",
            Map.of(
                "module",
                String.valueOf(module2.getId()),
                "dueOn",
                LocalDate.now().plusDays(3).toString(),
                "note",
                "twice"),
            "assign");

    String expected =
        Bundle.formatted("therapist_client.message.error.alreadyAssigned", module2.getTitle());
    assertTrue(answer.body().contains(expected), answer.body());
    assertEquals(1, open(ann).size(), "nothing more assigned");

    FacesClient.Page other =
        asTherapist.postback(
            answer,
            "assignOne",
            Map.of(
                "module",
                String.valueOf(module1.getId()),
                "dueOn",
                LocalDate.now().plusDays(3).toString(),
                "note",
                ""),
            "assign");
    assertTrue(
        other.body().contains(Bundle.text("therapist_clients.message.info.assigned", 1)),
        other.body());
    assertEquals(2, open(ann).size());
  }

  private AssignmentResult assign(List<Account> clients, List<Module> modules)
      throws NotYourClientException {
    return assignments.assign(
        therapist.getId(),
        clients.stream().map(Account::getId).toList(),
        modules.stream().map(Module::getId).toList(),
        new AssignmentDraft(LocalDate.now().plusDays(7), "note"));
  }

  private List<Assignment> open(Account client) throws NotYourClientException {
    return assignments.forClient(therapist.getId(), client.getId());
  }

  private Account account(String prefix, Role role) throws Exception {
    String email = prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    return accounts.register(
        email,
        prefix.toUpperCase()
            + " "
            + email.substring(email.indexOf('-') + 1, email.indexOf('-') + 6),
        PASSWORD,
        role);
  }
}
