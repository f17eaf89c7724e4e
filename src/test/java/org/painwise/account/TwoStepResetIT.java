package org.painwise.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URL;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.painwise.config.Outbox;
import org.painwise.testsupport.Bundle;
import org.painwise.testsupport.Deployments;
import org.painwise.testsupport.FacesClient;
import org.painwise.testsupport.FacesClient.Page;
import org.painwise.testsupport.TestCaller;

/**
 * An admin resets the two-step sign-in of someone who lost both their phone and their recovery
 * codes: the service in the container, the sign-ins over HTTP. The password alone signs a patient
 * in again and an admin is sent to set-up; the person's open sessions end; the email (in their
 * language) is in the outbox; only an admin may do it, and never to their own account.
 */
@ExtendWith(ArquillianExtension.class)
class TwoStepResetIT {

  private static final String PASSWORD = "a-good-password";

  @Deployment
  static WebArchive deployment() {
    return Deployments.appWithTests(TwoStepResetIT.class);
  }

  @Inject AccountService accounts;
  @Inject TwoStepService twoStep;
  @Inject Outbox outbox;
  @ArquillianResource URL base;

  @AfterEach
  void actAsTheSystemAgain() {
    TestCaller.clear();
  }

  @Test
  void anAdminResetsItThenThePasswordAloneSignsInAndTheOtherSessionsEnd() throws Exception {
    Account patient = account("lost", Role.PATIENT);
    accounts.setLanguage(patient.getId(), "fr");
    byte[] secret = turnOn(patient);
    FacesClient open = new FacesClient(base);
    assertTrue(open.login(patient.getEmail(), PASSWORD).location().endsWith("/two-step/code"));
    assertEquals(302, enterCode(open, code(secret, 1)).status(), "signed in with the app's code");
    assertEquals(200, open.get("/patient/index").status());
    FacesClient halfway = new FacesClient(base);
    assertTrue(halfway.login(patient.getEmail(), PASSWORD).location().endsWith("/two-step/code"));

    Account admin = account("helper", Role.ADMIN);
    TestCaller.as(admin);
    twoStep.adminReset(admin.getId(), patient.getId());
    TestCaller.clear();

    TestCaller.as(patient);
    TwoStepService.Status status = twoStep.status(patient.getId());
    TestCaller.clear();
    assertFalse(status.enabled(), "off: the secret is gone");
    assertEquals(0, status.recoveryCodesLeft(), "and the recovery codes");
    assertEquals(302, open.get("/patient/index").status(), "the open session is signed out");
    Page stale = enterCode(halfway, code(secret, 2));
    assertTrue(stale.body().contains("id=\"expired\""), "the half-done sign-in ended too");

    Page login = new FacesClient(base).login(patient.getEmail(), PASSWORD);
    assertEquals(302, login.status(), login.body());
    assertTrue(login.location().endsWith("/patient/index"), "the password alone: " + login);

    List<Outbox.Message> told =
        outbox.page(patient.getEmail(), 0, 100).stream()
            .filter(m -> m.to().equals(patient.getEmail()))
            .filter(m -> m.subject().equals(Bundle.french("mail.subject.twoStepReset")))
            .toList();
    assertEquals(1, told.size(), "one email, in French, the account's language: " + told);
    assertTrue(told.get(0).body().contains("/account/two-step"), told.get(0).body());
  }

  @Test
  void anAdminWhoseTwoStepWasResetIsSentToSetUpAtTheNextSignIn() throws Exception {
    Account lost = account("lost-admin", Role.ADMIN);
    turnOn(lost);
    assertTrue(
        new FacesClient(base)
            .login(lost.getEmail(), PASSWORD)
            .location()
            .endsWith("/two-step/code"));

    Account admin = account("other-admin", Role.ADMIN);
    TestCaller.as(admin);
    twoStep.adminReset(admin.getId(), lost.getId());
    TestCaller.clear();

    FacesClient client = new FacesClient(base);
    Page login = client.login(lost.getEmail(), PASSWORD);
    assertTrue(login.location().endsWith("/two-step/setup"), "required: " + login.location());
    assertEquals(302, client.get("/admin/users").status(), "not signed in before the set-up");
    assertEquals(
        1,
        resetMails(lost, Bundle.text("mail.subject.twoStepReset")),
        "told in English, with no language chosen");
  }

  @Test
  void onlyAnAdminMayResetItAndNeverTheirOwn() throws Exception {
    Account patient = account("kept", Role.PATIENT);
    turnOn(patient);
    Account therapist = account("therapist", Role.THERAPIST);
    Account admin = account("self", Role.ADMIN);
    turnOn(admin);
    Account other = account("other", Role.ADMIN);

    TestCaller.as(patient);
    denied(() -> twoStep.adminReset(patient.getId(), patient.getId()));
    TestCaller.as(therapist);
    denied(() -> twoStep.adminReset(therapist.getId(), patient.getId()));
    denied(() -> twoStep.enabledAmong(List.of(patient.getId())));
    TestCaller.nobody();
    denied(() -> twoStep.adminReset(admin.getId(), patient.getId()));
    TestCaller.as(other);
    denied(() -> twoStep.adminReset(admin.getId(), patient.getId()));

    TestCaller.as(admin);
    TwoStepException own =
        assertThrows(
            TwoStepException.class, () -> twoStep.adminReset(admin.getId(), admin.getId()));
    assertEquals(TwoStepException.Reason.OWN_ACCOUNT, own.reason());
    assertThrows(
        AccountNotFoundException.class, () -> twoStep.adminReset(admin.getId(), Long.MAX_VALUE));
    TwoStepException off =
        assertThrows(
            TwoStepException.class, () -> twoStep.adminReset(admin.getId(), therapist.getId()));
    assertEquals(TwoStepException.Reason.OFF, off.reason(), "nothing to reset");
    assertEquals(
        Set.of(patient.getId(), admin.getId()),
        twoStep.enabledAmong(List.of(patient.getId(), therapist.getId(), admin.getId())));
    TestCaller.clear();

    TestCaller.as(patient);
    assertTrue(twoStep.status(patient.getId()).enabled(), "still on after the refusals");
    TestCaller.as(admin);
    assertTrue(twoStep.status(admin.getId()).enabled(), "the admin's own still on");
    TestCaller.clear();
    assertTrue(
        new FacesClient(base)
            .login(patient.getEmail(), PASSWORD)
            .location()
            .endsWith("/two-step/code"));
    for (Account a : List.of(patient, therapist, admin)) {
      assertEquals(0, resetMails(a, Bundle.text("mail.subject.twoStepReset")), "nobody told");
    }
  }

  // ---------------------------------------------------------------------------------------------

  /** Turns it on for {@code account} through the service, as its set-up page does; the secret. */
  private byte[] turnOn(Account account) throws TwoStepException {
    byte[] secret = TwoStepService.newSecret();
    TestCaller.as(account);
    try {
      twoStep.enable(account.getId(), secret, code(secret, 0));
      return secret;
    } finally {
      TestCaller.clear();
    }
  }

  /** The app's code {@code offset} steps from now. */
  private static String code(byte[] secret, int offset) {
    return Totp.code(secret, Totp.step(Instant.now()) + offset, Totp.DIGITS, Totp.ALGORITHM);
  }

  private static Page enterCode(FacesClient client, String code) {
    Page page = client.get("/two-step/code");
    return client.submit("/two-step/code", page, "twoStep", Map.of("code", code), "submit");
  }

  /** How many emails with this subject went to exactly the account's email. */
  private long resetMails(Account account, String subject) {
    return outbox.page(account.getEmail(), 0, 100).stream()
        .filter(m -> m.to().equals(account.getEmail()))
        .filter(m -> m.subject().equals(subject))
        .count();
  }

  private static void denied(Executable call) {
    assertThrows(AccessDeniedException.class, call);
  }

  private Account account(String prefix, Role role) throws Exception {
    String email = prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    return accounts.register(email, prefix + " Person", PASSWORD, role);
  }
}
