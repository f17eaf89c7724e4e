package org.painwise.clinic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.painwise.account.Account;
import org.painwise.account.AccountService;
import org.painwise.account.Role;
import org.painwise.testsupport.AlsoOnPostgreSQL;
import org.painwise.testsupport.Bundle;
import org.painwise.testsupport.DeploymentUrl;
import org.painwise.testsupport.FacesClient;
import org.painwise.testsupport.FacesClient.Page;
import org.painwise.testsupport.InContainer;

/**
 * Six patients redeem one invitation code at the same moment, through the page: one link is made,
 * the five others are told the code is used, and nobody gets an error page.
 */
@AlsoOnPostgreSQL
@ExtendWith(InContainer.class)
class InvitationRaceIT {

  private static final String PASSWORD = "a-good-password";
  private static final int PEOPLE = 6;

  @Inject AccountService accounts;
  @Inject CareService care;
  @PersistenceContext EntityManager em;
  @DeploymentUrl URL base;

  @Test
  void sixPeopleRedeemingOneCodeAtOnceMakeOneLinkAndFiveClearMessages() throws Exception {
    Account therapist = account("race-t", "Theo Race", Role.THERAPIST);
    String code = care.invite(therapist.getId(), 14).getCode();
    List<FacesClient> patients = new ArrayList<>();
    List<Page> forms = new ArrayList<>();
    for (int i = 0; i < PEOPLE; i++) {
      Account patient = account("race-p" + i, "Pat Race", Role.PATIENT);
      FacesClient client = new FacesClient(base);
      assertEquals(302, client.login(patient.getEmail(), PASSWORD).status());
      patients.add(client);
      forms.add(client.get("/patient/therapists"));
    }

    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(PEOPLE);
    List<Future<Page>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < PEOPLE; i++) {
        FacesClient client = patients.get(i);
        Page form = forms.get(i);
        answers.add(
            pool.submit(
                () -> {
                  start.await();
                  return client.submit(
                      "/patient/therapists", form, "link", Map.of("code", code), "submit");
                }));
      }
      start.countDown();
      int linked = 0;
      int used = 0;
      for (Future<Page> answer : answers) {
        Page page = answer.get(2, TimeUnit.MINUTES);
        assertEquals(200, page.status(), page.body());
        FacesClient.assertNoStackTrace(page);
        if (page.body()
            .contains(Bundle.text("patient_therapists.message.info.linked", "Theo Race"))) {
          linked++;
        } else if (page.body().contains(Bundle.text("invitation.message.error.USED"))) {
          used++;
        }
      }
      assertEquals(1, linked, "one person is linked");
      assertEquals(PEOPLE - 1, used, "the others are told the code is used");
    } finally {
      pool.shutdownNow();
    }
    long links =
        em.createQuery("select count(l) from CareLink l where l.therapistId = :t", Long.class)
            .setParameter("t", therapist.getId())
            .getSingleResult();
    assertEquals(1, links, "one link in the database");
  }

  private Account account(String prefix, String name, Role role) throws Exception {
    String email = prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    return accounts.register(email, name, PASSWORD, role);
  }
}
