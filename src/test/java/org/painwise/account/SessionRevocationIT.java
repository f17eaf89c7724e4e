package org.painwise.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URL;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.painwise.testsupport.Deployments;
import org.painwise.testsupport.FacesClient;
import org.painwise.testsupport.FacesClient.Page;
import org.painwise.testsupport.TestCaller;

/**
 * A role change or an account deletion reaches the account's sessions that are already open: on
 * their next request they are signed out and sent to the login page.
 */
@ExtendWith(ArquillianExtension.class)
class SessionRevocationIT {

  private static final String PASSWORD = "a-good-password";

  @Deployment
  static WebArchive deployment() {
    return Deployments.appWithTests(SessionRevocationIT.class);
  }

  @Inject AccountService accounts;
  @Inject TwoStepService twoStep;
  @ArquillianResource URL base;

  @AfterEach
  void actAsTheSystemAgain() {
    TestCaller.clear();
  }

  @Test
  void anAdminDemotedByAnotherAdminLosesTheAdminPagesOnTheNextRequest() throws Exception {
    Account demoted = account("demoted", Role.ADMIN);
    Account other = account("other", Role.ADMIN);
    FacesClient session = signedIn(demoted);
    assertEquals(200, session.get("/admin/users").status(), "an admin at first");

    TestCaller.as(other);
    accounts.changeRole(other.getId(), demoted.getId(), Role.PATIENT);
    TestCaller.clear();

    Page next = session.get("/admin/users");
    assertEquals(302, next.status(), "signed out on the next request: " + next.body());
    assertTrue(next.location().endsWith("/login"), next.location());
    Page after = session.get("/admin/index");
    assertEquals(302, after.status(), "the session holds nobody any more");
    assertTrue(after.location().contains("/login"), after.location());

    Page again = session.login(demoted.getEmail(), PASSWORD);
    assertEquals(302, again.status(), again.body());
    // As a browser does, follow the sign-in's redirect (to the admin page asked for before it),
    // which completes the sign-in: a patient finds no admin page there.
    assertEquals(404, session.get(again.location()).status(), "the admin page asked for before");
    Page users = session.get("/admin/users");
    assertEquals(
        404,
        users.status(),
        "signed in again, as a patient (login went to " + again.location() + "):\n" + users.body());
    assertEquals(200, session.get("/patient/index").status());
  }

  @Test
  void aSessionWhoseRoleDidNotChangeStaysSignedIn() throws Exception {
    Account admin = account("steady", Role.ADMIN);
    Account patient = account("bystander", Role.PATIENT);
    Account other = account("other", Role.ADMIN);
    FacesClient session = signedIn(admin);

    TestCaller.as(other);
    accounts.changeRole(other.getId(), patient.getId(), Role.THERAPIST);
    TestCaller.clear();

    assertEquals(200, session.get("/admin/users").status(), "someone else's change is not ours");
  }

  @Test
  void aDeletedAccountsOpenSessionIsSignedOut() throws Exception {
    Account patient = account("deleted", Role.PATIENT);
    FacesClient session = signedIn(patient);
    assertEquals(200, session.get("/patient/index").status());

    accounts.delete(patient.getId());

    Page next = session.get("/patient/index");
    assertEquals(302, next.status(), next.body());
    assertTrue(next.location().endsWith("/login"), next.location());
    assertEquals(302, session.get("/patient/progress").status(), "still signed out");
  }

  private FacesClient signedIn(Account account) {
    FacesClient client = new FacesClient(base);
    assertEquals(302, client.login(account.getEmail(), PASSWORD).status());
    return client;
  }

  private Account account(String prefix, Role role) throws Exception {
    String email = prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    Account account = accounts.register(email, prefix + " Person", PASSWORD, role);
    // This test is about revocation: its admins sign in with a password alone, as demo accounts
    // do (two-step sign-in, required for other admins, has its own test, TwoStepIT).
    twoStep.exempt(account.getId());
    return account;
  }
}
