package org.painwise.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.painwise.browser.pages.AccountSettingsPage;
import org.painwise.browser.pages.ForgotPasswordPage;
import org.painwise.browser.pages.LoginPage;
import org.painwise.browser.pages.ResetPasswordPage;
import org.painwise.browser.pages.UsersPage;
import org.painwise.testsupport.Browser;
import org.painwise.testsupport.Bundle;
import org.painwise.testsupport.FacesClient;
import org.painwise.testsupport.TestServer;

/**
 * The account basics in the browser, on the test server as the demo runs them (no mail server): the
 * language switch in the header, and a password reset through a link that the admin makes.
 */
class AccountJourneyIT {

  private static final String PASSWORD = "a-good-password";

  private final URL base = TestServer.url();

  @Test
  void theLanguageSwitchChangesThePageSurvivesSignInAndStaysWithTheAccount() {
    String email = FacesClient.uniqueEmail("langue");
    new FacesClient(base).signUp("Lou Langue", email, PASSWORD);

    try (Browser browser = Browser.open(base)) {
      LoginPage login = new LoginPage(browser).open();
      assertEquals("en", login.language(), "the browser's language (--lang=en) first");
      assertEquals(Bundle.text("login.heading"), login.heading());

      login.switchLanguage("fr");
      assertEquals(Bundle.french("login.heading"), login.heading());

      login.signIn(email, PASSWORD);
      assertEquals("fr", login.language(), "the cookie's choice holds after signing in");
      AccountSettingsPage settings = new AccountSettingsPage(browser).open();
      assertEquals(Bundle.french("account_settings.heading"), settings.heading());
      assertEquals("fr", settings.savedLanguage(), "and the account keeps it");
    }

    try (Browser another = Browser.open(base)) {
      LoginPage login = new LoginPage(another).open();
      assertEquals("en", login.language(), "a browser that never chose");
      login.signIn(email, PASSWORD);
      assertEquals("fr", login.language(), "the account's language, once signed in");

      login.switchLanguage("en");
      assertEquals("en", login.language());
      AccountSettingsPage settings = new AccountSettingsPage(another).open();
      assertEquals(Bundle.text("account_settings.heading"), settings.heading());
      assertEquals("en", settings.savedLanguage(), "switched while signed in: saved");
    }
  }

  @Test
  void anAdminMakesAResetLinkAndThePersonChoosesANewPasswordWithIt() {
    String name = "Rhea Set " + UUID.randomUUID().toString().substring(0, 6);
    String email = FacesClient.uniqueEmail("reset");
    new FacesClient(base).signUp(name, email, PASSWORD);
    String newPassword = "a-fresh-password";

    try (Browser browser = Browser.open(base)) {
      ForgotPasswordPage forgot = new LoginPage(browser).open().forgotPassword();
      assertEquals(Bundle.text("forgot_password.text.noMail"), forgot.advice());

      new LoginPage(browser).open().signIn("admin@painwise.test", "painwise-demo");
      String link = new UsersPage(browser).open().search(email).resetLink(name);
      assertTrue(link.contains("/reset-password?token="), link);
      new UsersPage(browser).signOut();

      ResetPasswordPage reset = new ResetPasswordPage(browser).open(link);
      assertEquals(Bundle.text("reset_password.heading"), reset.heading());
      String mismatch = reset.choose(newPassword, "not-the-same-one").confirmMessage();
      assertEquals(Bundle.text("reset_password.message.error.mismatch"), mismatch);

      LoginPage login = reset.choose(newPassword, newPassword).saved();
      assertTrue(
          login.messages().contains(Bundle.text("reset_password.message.info.done")),
          () -> "messages: " + login.messages());
      login.signIn(email, newPassword);
      assertEquals("/patient/index", browser.currentPath());

      ResetPasswordPage again = new ResetPasswordPage(browser).open(link);
      assertEquals(Bundle.text("reset_password.message.error.invalid"), again.invalidLink());
    }
  }
}
