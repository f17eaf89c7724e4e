package org.painwise.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.painwise.account.Base32;
import org.painwise.account.Totp;
import org.painwise.browser.pages.LoginPage;
import org.painwise.browser.pages.TwoStepCodePage;
import org.painwise.browser.pages.TwoStepSettingsPage;
import org.painwise.browser.pages.TwoStepSetupPage;
import org.painwise.browser.pages.UsersPage;
import org.painwise.testsupport.Browser;
import org.painwise.testsupport.Bundle;
import org.painwise.testsupport.FacesClient;
import org.painwise.testsupport.TestServer;

/**
 * Two-step sign-in in a real browser, by keyboard, with axe on every page: a patient turns it on
 * (reading the key off the page and computing the codes as an authenticator app would), then signs
 * in with a code and with a recovery code; an account made an admin must set it up before its first
 * sign-in completes, and again after another admin reset it on the users page.
 */
class TwoStepSignInIT {

  private static final String PASSWORD = "a-good-password";
  private final URL base = TestServer.url();

  @Test
  void aPatientTurnsItOnThenSignsInWithTheAppsCodeAndWithARecoveryCode() {
    String email = FacesClient.uniqueEmail("two-step");
    new FacesClient(base).signUp("Tess Twostep", email, PASSWORD);
    try (Browser browser = Browser.open(base)) {
      new LoginPage(browser).open().signIn(email, PASSWORD);
      assertEquals("/patient/index", browser.currentPath(), "optional for patients");

      TwoStepSettingsPage settings = new TwoStepSettingsPage(browser).open();
      assertEquals(Bundle.text("two_step.state.off"), settings.state());
      TwoStepSetupPage setup = settings.turnOn();
      assertEquals(Bundle.text("two_step_setup.qr.alt"), setup.qrCodeAlt());
      byte[] secret = Base32.decode(setup.secret());
      String confirming = code(secret, 0);
      List<String> recovery = setup.confirm(confirming);
      assertEquals(10, recovery.size(), recovery::toString);
      setup.finish();
      assertEquals("/account/two-step", browser.currentPath());
      assertTrue(
          settings.messages().contains(Bundle.text("two_step.message.info.on")),
          () -> "messages: " + settings.messages());
      assertEquals(Bundle.formatted("two_step.codes.left", 10), settings.codesLeft());

      // A new session: the password, then the app's code (its next one: the set-up used this one).
      browser.forgetSession();
      new LoginPage(browser).open().signIn(email, PASSWORD);
      TwoStepCodePage second = TwoStepCodePage.afterPassword(browser);
      second.enter(confirming);
      assertEquals("/two-step/code", browser.currentPath(), "the set-up's code works only once");
      assertTrue(
          List.of(
                  Bundle.text("two_step_code.message.error.used"),
                  Bundle.text("two_step_code.message.error.wrong"))
              .contains(second.message()),
          () -> "used (or, a minute later, out of date): " + second.message());
      second.enter(code(secret, 1));
      assertEquals("/patient/index", browser.currentPath());

      // Another session, with a recovery code instead of the phone.
      browser.forgetSession();
      new LoginPage(browser).open().signIn(email, PASSWORD);
      TwoStepCodePage.afterPassword(browser).enter(recovery.get(0));
      assertEquals("/patient/index", browser.currentPath());
      assertEquals(
          Bundle.formatted("two_step.codes.left", 9),
          new TwoStepSettingsPage(browser).open().codesLeft());
    }
  }

  @Test
  void anAccountMadeAnAdminSetsItUpBeforeItsFirstSignInCompletes() {
    String name = "Ari Newadmin";
    String email = FacesClient.uniqueEmail("new-admin");
    new FacesClient(base).signUp(name, email, PASSWORD);
    try (Browser browser = Browser.open(base)) {
      // The demo admin (which signs in without two-step sign-in) makes the account an admin.
      new LoginPage(browser).open().signIn("admin@painwise.test", "painwise-demo");
      assertEquals("/admin/index", browser.currentPath(), "demo accounts: no second step");
      new UsersPage(browser).open().search(email).changeRole(name, "ADMIN");

      browser.forgetSession();
      new LoginPage(browser).open().signIn(email, PASSWORD);
      TwoStepSetupPage setup = TwoStepSetupPage.afterPassword(browser);
      assertTrue(setup.saysItIsRequired());
      byte[] secret = Base32.decode(setup.secret());
      assertEquals(10, setup.confirm(code(secret, 0)).size());
      setup.finish();
      assertEquals("/admin/index", browser.currentPath(), "signed in once it is set up");

      browser.forgetSession();
      new LoginPage(browser).open().signIn(email, PASSWORD);
      TwoStepCodePage.afterPassword(browser).enter(code(secret, 1));
      assertEquals("/admin/index", browser.currentPath());
      UsersPage ownPage = new UsersPage(browser).open().search(email);
      assertFalse(ownPage.offersTwoStepReset(name), "not on the admin's own row");

      // The phone and the recovery codes are lost: the demo admin resets it, after a dialog.
      browser.forgetSession();
      new LoginPage(browser).open().signIn("admin@painwise.test", "painwise-demo");
      UsersPage users = new UsersPage(browser).open().search(email).resetTwoStep(name);
      assertTrue(
          users
              .messages()
              .contains(Bundle.text("admin_users.message.info.twoStepReset", name, email)),
          () -> "messages: " + users.messages());
      assertFalse(users.offersTwoStepReset(name), "off now: nothing left to reset");

      browser.forgetSession();
      new LoginPage(browser).open().signIn(email, PASSWORD);
      assertTrue(TwoStepSetupPage.afterPassword(browser).saysItIsRequired(), "set it up again");
    }
  }

  /** The code an authenticator app shows {@code offset} steps from now. */
  private static String code(byte[] secret, int offset) {
    return Totp.code(secret, Totp.step(Instant.now()) + offset, Totp.DIGITS, Totp.ALGORITHM);
  }
}
