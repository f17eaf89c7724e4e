package org.painwise.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.painwise.testsupport.Bundle;
import org.painwise.testsupport.Deployments;
import org.painwise.testsupport.FacesClient;
import org.painwise.testsupport.FacesClient.Page;
import org.painwise.testsupport.TestCaller;

/**
 * Two-step sign-in over HTTP, with accounts of each role made in the container: setting it up on
 * the page, signing in with an app's code and with a recovery code (once), a reused code refused,
 * wrong codes throttled, nobody signed in before the second step, the rule of each role (required
 * for admins, offered to therapists and educators, optional for patients) and the demo accounts,
 * which sign in without it. The codes are computed here from the secret, as an app would.
 */
@ExtendWith(ArquillianExtension.class)
class TwoStepIT {

  private static final String PASSWORD = "a-good-password";
  private static final Pattern SECRET =
      Pattern.compile("id=\"secret\" class=\"pw-secret\">([A-Z2-7 ]+)<");
  private static final Pattern RECOVERY_CODE =
      Pattern.compile("<li class=\"pw-secret\">([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4})</li>");

  @Deployment
  static WebArchive deployment() {
    return Deployments.appWithTests(TwoStepIT.class);
  }

  @Inject AccountService accounts;
  @Inject TwoStepService twoStep;
  @PersistenceContext EntityManager em;
  @ArquillianResource URL base;

  @AfterEach
  void actAsTheSystemAgain() {
    TestCaller.clear();
  }

  @Test
  void aPatientTurnsItOnOnThePageThenSignsInWithTheAppsCode() throws Exception {
    Account patient = account("patient", Role.PATIENT);
    FacesClient client = new FacesClient(base);
    Page login = client.login(patient.getEmail(), PASSWORD);
    assertTrue(login.location().endsWith("/patient/index"), "optional: not asked " + login);

    Page settings = client.get("/account/two-step");
    assertEquals(200, settings.status());
    assertTrue(settings.body().contains("id=\"turn-on\""), "offered on the settings page");
    Page setup = client.get("/two-step/setup");
    assertEquals(200, setup.status());
    assertTrue(setup.body().contains("src=\"data:image/svg+xml;base64,"), "a QR code");
    assertTrue(setup.body().contains("href=\"otpauth://totp/Painwise:"), "an otpauth link");
    byte[] secret = secretOn(setup);

    Page wrong = confirm(client, setup, "000000".equals(code(secret, 0)) ? "111111" : "000000");
    assertTrue(wrong.body().contains(Bundle.text("two_step_setup.message.error.code")));
    assertFalse(twoStep.status(patient.getId()).enabled(), "a wrong code turns nothing on");

    Page confirmed = confirm(client, wrong, code(secret, 0));
    List<String> codes = recoveryCodesOn(confirmed);
    assertEquals(10, codes.size(), confirmed.body());
    assertTrue(twoStep.status(patient.getId()).enabled());
    assertEquals(10, twoStep.status(patient.getId()).recoveryCodesLeft());

    // Signing in again: the password alone is no longer a sign-in.
    FacesClient next = new FacesClient(base);
    Page password = next.login(patient.getEmail(), PASSWORD);
    assertTrue(password.location().endsWith("/two-step/code"), password.location());
    assertNotSignedIn(next);
    // The code of the step confirmed at set-up is used; the app's next one is taken.
    Page in = enterCode(next, code(secret, 1));
    assertEquals(302, in.status(), in.body());
    assertTrue(in.location().endsWith("/patient/index"), in.location());
    assertEquals(200, next.get("/patient/index").status());
  }

  @Test
  void theConfirmingCodeAndAnyCodeUsedOnceAreRefused() throws Exception {
    Account patient = account("reuse", Role.PATIENT);
    On on = turnOn(patient);
    byte[] secret = on.secret();

    FacesClient first = new FacesClient(base);
    first.login(patient.getEmail(), PASSWORD);
    Page confirming = enterCode(first, on.confirmedWith());
    assertEquals(200, confirming.status());
    assertTrue(confirming.body().contains(Bundle.text("two_step_code.message.error.used")));
    String next = code(secret, 1);
    Page signedIn = enterCode(first, next);
    assertEquals(302, signedIn.status(), signedIn.body());

    FacesClient second = new FacesClient(base);
    second.login(patient.getEmail(), PASSWORD);
    Page replay = enterCode(second, next);
    assertEquals(200, replay.status());
    assertTrue(replay.body().contains(Bundle.text("two_step_code.message.error.used")));
    assertNotSignedIn(second);
  }

  @Test
  void aRecoveryCodeSignsInOnceOnly() throws Exception {
    Account patient = account("recovery", Role.PATIENT);
    List<String> codes = turnOn(patient).codes();

    FacesClient first = new FacesClient(base);
    first.login(patient.getEmail(), PASSWORD);
    Page in = enterCode(first, codes.get(3).toLowerCase(java.util.Locale.ROOT));
    assertEquals(302, in.status(), "a recovery code, typed in lower case: " + in.body());
    assertEquals(9, twoStep.status(patient.getId()).recoveryCodesLeft());

    FacesClient second = new FacesClient(base);
    second.login(patient.getEmail(), PASSWORD);
    Page again = enterCode(second, codes.get(3));
    assertEquals(200, again.status());
    assertTrue(again.body().contains(Bundle.text("two_step_code.message.error.wrong")));
    assertNotSignedIn(second);
    assertEquals(302, enterCode(second, codes.get(4)).status(), "another one still works");
  }

  @Test
  void wrongCodesAreThrottledThenEvenTheRightOneWaits() throws Exception {
    Account patient = account("guess", Role.PATIENT);
    byte[] secret = turnOn(patient).secret();
    FacesClient client = new FacesClient(base);
    client.login(patient.getEmail(), PASSWORD);
    int free = 5; // Throttle.DEFAULTS for code.account; the test server keeps them
    for (int i = 1; i <= free; i++) {
      Page wrong = enterCode(client, code(secret, -10 - i));
      assertEquals(200, wrong.status(), "free failure " + i);
      assertTrue(wrong.body().contains(Bundle.text("two_step_code.message.error.wrong")));
    }
    Page blocked = enterCode(client, code(secret, -20));
    assertEquals(429, blocked.status(), "the failure past the free ones");
    assertTrue(blocked.header("Retry-After") != null);
    Page right = enterCode(client, code(secret, 1));
    assertEquals(429, right.status(), "even the right code waits");
    assertNotSignedIn(client);
  }

  @Test
  void anAdminMustSetItUpBeforeTheFirstSignInCompletes() throws Exception {
    Account admin = account("admin", Role.ADMIN);
    FacesClient client = new FacesClient(base);
    Page login = client.login(admin.getEmail(), PASSWORD);
    assertTrue(login.location().endsWith("/two-step/setup"), login.location());
    assertNotSignedIn(client);

    Page setup = client.get("/two-step/setup");
    assertTrue(setup.body().contains("id=\"required\""), "says why");
    byte[] secret = secretOn(setup);
    Page confirmed = confirm(client, setup, code(secret, 0));
    assertEquals(10, recoveryCodesOn(confirmed).size());
    assertNotSignedIn(client);
    Page done = client.submit("/two-step/setup", confirmed, "finish", Map.of(), "continue");
    assertEquals(302, done.status(), done.body());
    assertTrue(done.location().endsWith("/admin/index"), done.location());
    assertEquals(200, client.get("/admin/users").status());

    FacesClient later = new FacesClient(base);
    assertTrue(later.login(admin.getEmail(), PASSWORD).location().endsWith("/two-step/code"));
    TestCaller.as(admin);
    TwoStepException off =
        assertThrows(TwoStepException.class, () -> twoStep.disable(admin.getId(), PASSWORD));
    assertEquals(TwoStepException.Reason.REQUIRED, off.reason(), "admins cannot turn it off");
  }

  @Test
  void therapistsAndEducatorsAreOfferedItAtEachSignInAndMaySkipIt() throws Exception {
    Account therapist = account("therapist", Role.THERAPIST);
    for (int signIn = 1; signIn <= 2; signIn++) {
      FacesClient client = new FacesClient(base);
      Page login = client.login(therapist.getEmail(), PASSWORD);
      assertTrue(login.location().endsWith("/account/two-step-offer"), login.location());
      Page offer = client.get("/account/two-step-offer");
      assertTrue(offer.body().contains("id=\"setup\""), "set it up now");
      Page skipped = client.submit("/account/two-step-offer", offer, "offer", Map.of(), "skip");
      assertEquals(302, skipped.status());
      assertTrue(skipped.location().endsWith("/therapist/index"), skipped.location());
      assertEquals(200, client.get("/therapist/index").status(), "signed in: " + signIn);
    }

    // A page asked for before the sign-in comes after the offer.
    FacesClient deepLink = new FacesClient(base);
    assertEquals(302, deepLink.get("/therapist/invitations").status());
    Page login = deepLink.login(therapist.getEmail(), PASSWORD);
    Page arrival = deepLink.get(login.location());
    assertTrue(arrival.location().endsWith("/account/two-step-offer"), arrival.location());
    Page offer = deepLink.get(arrival.location());
    Page skipped = deepLink.submit("/account/two-step-offer", offer, "offer", Map.of(), "skip");
    assertTrue(skipped.location().endsWith("/therapist/invitations"), skipped.location());

    Account educator = account("educator", Role.EDUCATOR);
    FacesClient asEducator = new FacesClient(base);
    Page educatorLogin = asEducator.login(educator.getEmail(), PASSWORD);
    assertTrue(educatorLogin.location().endsWith("/account/two-step-offer"));

    // Once it is on, no more offers: a code instead.
    turnOn(therapist);
    Page withCode = new FacesClient(base).login(therapist.getEmail(), PASSWORD);
    assertTrue(withCode.location().endsWith("/two-step/code"), withCode.location());
  }

  @Test
  void theDemoAccountsSignInWithoutIt() {
    for (String who : List.of("admin", "therapist", "educator", "patient")) {
      FacesClient client = new FacesClient(base);
      Page login = client.login(who + "@painwise.test", DemoAccounts.PASSWORD);
      assertEquals(302, login.status(), who);
      assertTrue(login.location().endsWith("/" + who + "/index"), who + ": " + login.location());
      Account demo = accounts.findByEmail(who + "@painwise.test").orElseThrow();
      TestCaller.as(demo);
      assertTrue(twoStep.status(demo.getId()).exempt(), who);
      assertFalse(twoStep.status(demo.getId()).canTurnOn(), who + ": a shared account");
      TestCaller.clear();
    }
  }

  @Test
  void aSignInHalfDoneEndsWhenTheAccountChangesOrIsForgotten() throws Exception {
    Account patient = account("changed", Role.PATIENT);
    byte[] secret = turnOn(patient).secret();
    FacesClient client = new FacesClient(base);
    client.login(patient.getEmail(), PASSWORD);

    Account admin = account("changer", Role.ADMIN);
    TestCaller.as(admin);
    accounts.changeRole(admin.getId(), patient.getId(), Role.THERAPIST);
    TestCaller.clear();

    Page afterChange = enterCode(client, code(secret, 1));
    assertEquals(200, afterChange.status());
    assertTrue(afterChange.body().contains("id=\"expired\""), "over: sign in again");
    assertNotSignedIn(client);

    Page nothingWaiting = new FacesClient(base).get("/two-step/code");
    assertTrue(nothingWaiting.body().contains("id=\"expired\""));
  }

  @Test
  void theSecretIsStoredEncryptedWhenTheServerHasAKey() throws Exception {
    Account patient = account("sealed", Role.PATIENT);
    byte[] secret = turnOn(patient).secret();
    String stored = em.find(TwoStep.class, patient.getId()).storedSecret();
    boolean keyed = System.getProperty("painwise.twoStep.key") != null;
    assertTrue(keyed, "the test server (the pom) sets a key, so that this test sees encryption");
    assertTrue(stored.startsWith("aes-gcm:"), stored);
    assertFalse(stored.contains(Base32.encodeUnpadded(secret)), "no secret in clear");
  }

  @Test
  void theSecondStepPagesMakeNoSessionForAnonymousVisitors() {
    for (String path : List.of("/two-step/code", "/two-step/setup")) {
      FacesClient anonymous = new FacesClient(base);
      Page page = anonymous.get(path);
      assertTrue(page.status() < 400, path + ": " + page.status());
      assertFalse(page.setsSessionCookie(), path + " set " + page.setCookies());
    }
    Page setup = new FacesClient(base).get("/two-step/setup");
    assertTrue(setup.location().endsWith("/two-step/code"), "nothing to set up: " + setup);
  }

  @Test
  void turningItOffOrRenewingCodesNeedsTheCurrentPasswordAndOnesOwnAccount() throws Exception {
    Account patient = account("off", Role.PATIENT);
    Account other = account("other", Role.PATIENT);
    List<String> first = turnOn(patient).codes();

    TestCaller.as(other);
    assertThrows(AccessDeniedException.class, () -> twoStep.status(patient.getId()));
    assertThrows(AccessDeniedException.class, () -> twoStep.disable(patient.getId(), PASSWORD));
    TestCaller.nobody();
    assertThrows(AccessDeniedException.class, () -> twoStep.status(patient.getId()));
    assertThrows(AccessDeniedException.class, () -> twoStep.exempt(patient.getId()));

    TestCaller.as(patient);
    assertThrows(AccessDeniedException.class, () -> twoStep.exempt(patient.getId()), "system only");
    TwoStepException wrong =
        assertThrows(TwoStepException.class, () -> twoStep.disable(patient.getId(), "guess"));
    assertEquals(TwoStepException.Reason.WRONG_PASSWORD, wrong.reason());
    assertTrue(twoStep.status(patient.getId()).enabled());

    List<String> renewed = twoStep.renewRecoveryCodes(patient.getId(), PASSWORD);
    assertEquals(10, renewed.size());
    assertTrue(renewed.stream().noneMatch(first::contains));
    twoStep.disable(patient.getId(), PASSWORD);
    assertFalse(twoStep.status(patient.getId()).enabled());
    assertEquals(0, twoStep.status(patient.getId()).recoveryCodesLeft());
    TestCaller.clear();
    assertTrue(
        new FacesClient(base)
            .login(patient.getEmail(), PASSWORD)
            .location()
            .endsWith("/patient/index"),
        "off: the password alone signs in again");
  }

  // ---------------------------------------------------------------------------------------------

  private record On(byte[] secret, String confirmedWith, List<String> codes) {}

  /** Turns it on for {@code account} through the service, as its set-up page does. */
  private On turnOn(Account account) throws TwoStepException {
    byte[] secret = TwoStepService.newSecret();
    String code = code(secret, 0);
    TestCaller.as(account);
    try {
      return new On(secret, code, twoStep.enable(account.getId(), secret, code));
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

  private static Page confirm(FacesClient client, Page setup, String code) {
    return client.submit("/two-step/setup", setup, "confirm", Map.of("code", code), "submit");
  }

  private static byte[] secretOn(Page setup) {
    Matcher m = SECRET.matcher(setup.body());
    assertTrue(m.find(), "the key is on the page:\n" + setup.body());
    return Base32.decode(m.group(1));
  }

  private static List<String> recoveryCodesOn(Page page) {
    List<String> codes = new ArrayList<>();
    Matcher m = RECOVERY_CODE.matcher(page.body());
    while (m.find()) {
      codes.add(m.group(1));
    }
    return codes;
  }

  /** Nobody is signed in in this client's session: a public page offers no sign-out. */
  private static void assertNotSignedIn(FacesClient client) {
    Page home = client.get("/login");
    assertEquals(200, home.status(), "the login page");
    assertFalse(home.body().contains("id=\"logoutForm\""), "signed in already:\n" + home.body());
  }

  private Account account(String prefix, Role role) throws Exception {
    String email = prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    return accounts.register(email, prefix + " Person", PASSWORD, role);
  }
}
