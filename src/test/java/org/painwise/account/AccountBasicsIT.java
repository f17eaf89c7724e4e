package org.painwise.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.painwise.testsupport.Bundle;
import org.painwise.testsupport.FacesClient;
import org.painwise.testsupport.FacesClient.Page;
import org.painwise.testsupport.OutboxReader;
import org.painwise.testsupport.TestServer;

/**
 * Account basics on the test server as the demo runs them, without a mail server: mail goes to the
 * outbox that admins read, the reset page says whom to ask, an email changes at once; the password
 * change; the language switch (cookie, account, browser).
 */
class AccountBasicsIT {

  private static final String PASSWORD = "a-good-password";
  private static final String NEW_PASSWORD = "a-better-password";

  private final URL base = TestServer.url();
  private final String context = base.getPath().replaceAll("/$", "");

  @Test
  void withoutMailTheResetPageSaysToAskTheClinicsAdmin() {
    Page page = new FacesClient(base).get("/forgot-password");
    assertEquals(200, page.status());
    assertTrue(page.body().contains("id=\"ask-admin\""), page.body());
    assertTrue(page.text().contains(Bundle.text("forgot_password.text.noMail")));
    assertFalse(page.body().contains("id=\"forgot:email\""), "no form that would send nothing");
    assertTrue(
        new FacesClient(base).get("/login").body().contains("id=\"forgot\""),
        "the login page links to it");
  }

  @Test
  void aPasswordChangeNeedsTheCurrentOneAndSignsOutTheOtherSessionsOnly() {
    String email = patient("change");
    FacesClient me = signedIn(email, PASSWORD);
    FacesClient other = signedIn(email, PASSWORD);
    Page settings = me.get("/account/settings");
    assertEquals(200, settings.status());

    Page wrong =
        me.postback(
            settings,
            "password",
            Map.of("current", "not-it", "new", NEW_PASSWORD, "repeat", NEW_PASSWORD),
            "submit");
    assertTrue(
        wrong.text().contains(Bundle.text("account_settings.message.error.wrongPassword")),
        wrong.body());
    Page mismatch =
        me.postback(
            settings,
            "password",
            Map.of("current", PASSWORD, "new", NEW_PASSWORD, "repeat", "something-else"),
            "submit");
    assertTrue(mismatch.text().contains(Bundle.text("account_settings.message.error.mismatch")));
    assertEquals(302, new FacesClient(base).login(email, PASSWORD).status(), "nothing changed");

    Page changed =
        me.postback(
            settings,
            "password",
            Map.of("current", PASSWORD, "new", NEW_PASSWORD, "repeat", NEW_PASSWORD),
            "submit");
    assertTrue(
        changed.text().contains(Bundle.text("account_settings.message.info.passwordChanged")),
        changed.body());
    assertEquals(200, me.get("/patient/index").status(), "this session goes on");
    assertEquals(302, other.get("/patient/index").status(), "the other one is signed out");
    assertEquals(200, new FacesClient(base).login(email, PASSWORD).status(), "old one refused");
    assertEquals(302, new FacesClient(base).login(email, NEW_PASSWORD).status());
    assertEquals(
        1,
        new OutboxReader(base).to(email, Bundle.text("mail.subject.passwordChanged")).size(),
        "the person is told, in the outbox here");
  }

  @Test
  void withoutMailAnEmailChangesAtOnceAndTheOldAddressIsToldInItsLanguage() {
    String email = patient("before");
    String taken = patient("taken");
    String after = FacesClient.uniqueEmail("after");
    FacesClient me = signedIn(email, PASSWORD);
    assertEquals(302, switchLanguage(me, "fr", context + "/account/settings").status());
    Page settings = me.get("/account/settings");
    assertEquals("fr", language(settings), "the settings page is in French now");

    Page used =
        me.postback(settings, "email", Map.of("newEmail", taken, "password", PASSWORD), "submit");
    assertTrue(
        used.text().contains(Bundle.french("account_settings.message.error.emailUsed")),
        used.body());
    Page same =
        me.postback(settings, "email", Map.of("newEmail", email, "password", PASSWORD), "submit");
    assertTrue(same.text().contains(Bundle.french("account_settings.message.error.sameEmail")));

    Page changed =
        me.postback(settings, "email", Map.of("newEmail", after, "password", PASSWORD), "submit");
    assertEquals(302, changed.status(), changed.body());
    assertTrue(changed.location().endsWith("/login"), changed.location());
    assertTrue(
        me.get("/login")
            .text()
            .contains(Bundle.french("account_settings.message.info.emailChanged", after)));
    assertEquals(200, new FacesClient(base).login(email, PASSWORD).status());
    assertEquals(302, new FacesClient(base).login(after, PASSWORD).status());

    List<OutboxReader.Mail> told =
        new OutboxReader(base).to(email, Bundle.french("mail.subject.emailChanged"));
    assertEquals(1, told.size(), "the old address is told, in French");
    assertEquals("fr", told.get(0).language());
    assertTrue(told.get(0).body().contains(after), told.get(0).body());
  }

  @Test
  void theSwitchSetsAYearLongCookieAndThePagesFollowItBeforeTheBrowser() {
    FacesClient client = new FacesClient(base);
    Page english = client.get("/login");
    assertEquals("en", language(english), "the browser's default first");
    assertTrue(english.body().contains("id=\"language-fr\""), "the switch offers French");

    Page switched = switchLanguage(client, "fr", context + "/login");
    assertEquals(302, switched.status(), switched.body());
    assertEquals(context + "/login", URI.create(switched.location()).getPath());
    String cookie =
        switched.setCookies().stream()
            .filter(c -> c.startsWith("painwise-language="))
            .findFirst()
            .orElseThrow();
    String attributes = cookie.toLowerCase(java.util.Locale.ROOT);
    assertTrue(cookie.startsWith("painwise-language=fr;"), cookie);
    assertTrue(attributes.contains("; httponly"), cookie);
    assertTrue(attributes.contains("; samesite=lax"), cookie);
    assertTrue(attributes.contains("; max-age=31536000"), cookie);
    assertTrue(attributes.contains("; path=" + context), cookie);
    assertFalse(switched.setsSessionCookie(), "signed out, the switch makes no session");

    Page french = client.get("/login");
    assertEquals("fr", language(french));
    assertTrue(french.text().contains(Bundle.french("login.heading")));
    assertTrue(french.body().contains("id=\"language-en\""), "and now offers English");
    assertFalse(french.setsSessionCookie());

    // Without a choice, the browser's language; a choice wins over it.
    Page byBrowser =
        new FacesClient(base)
            .send(
                HttpRequest.newBuilder(URI.create(base + "login")).header("Accept-Language", "fr"));
    assertEquals("fr", language(byBrowser));
    FacesClient chose = new FacesClient(base, "Accept-Language", "fr");
    switchLanguage(chose, "en", context + "/login");
    assertEquals("en", language(chose.get("/login")));
  }

  @Test
  void theSwitchSurvivesSignInAndAnAccountWithoutALanguageTakesIt() {
    String email = patient("speaks-french");
    FacesClient client = new FacesClient(base);
    switchLanguage(client, "fr", context + "/login");
    assertEquals(302, client.login(email, PASSWORD).status());
    assertEquals("fr", language(client.get("/patient/index")));

    FacesClient elsewhere = new FacesClient(base); // another browser: no cookie
    assertEquals("en", language(elsewhere.get("/login")));
    assertEquals(302, elsewhere.login(email, PASSWORD).status());
    assertEquals(
        "fr",
        language(elsewhere.get("/patient/index")),
        "the account kept the choice made before signing in");

    assertEquals(302, switchLanguage(elsewhere, "en", context + "/patient/index").status());
    assertEquals("en", language(elsewhere.get("/patient/index")));
    FacesClient third = new FacesClient(base);
    third.login(email, PASSWORD);
    assertEquals("en", language(third.get("/patient/index")));

    // A shared computer where someone else chose French: its pages are in French, but an account
    // that has a language keeps it.
    FacesClient shared = new FacesClient(base);
    switchLanguage(shared, "fr", context + "/login");
    assertEquals(302, shared.login(email, PASSWORD).status());
    assertEquals("fr", language(shared.get("/patient/index")), "this browser's choice");
    FacesClient fourth = new FacesClient(base);
    fourth.login(email, PASSWORD);
    assertEquals("en", language(fourth.get("/patient/index")), "the account kept English");
  }

  @Test
  void theSwitchRefusesAnUnknownLanguageAndGoesBackOnlyToThisApplication() {
    FacesClient client = new FacesClient(base);
    assertEquals(400, switchLanguage(client, "xx", context + "/login").status());
    for (String to : List.of("https://evil.example/", "//evil.example/x", "/elsewhere")) {
      Page page = switchLanguage(client, "fr", to);
      assertEquals(302, page.status(), to);
      assertEquals(context + "/", URI.create(page.location()).getPath(), to);
      assertFalse(page.location().contains("evil"), page.location());
    }
    assertEquals(
        403,
        client
            .withOrigin("https://evil.example")
            .postForm("/language", "language=fr&to=" + context + "/login")
            .status(),
        "another site cannot switch it");
  }

  @Test
  void theOutboxIsForAdminsAndShowsWhatWasSent() {
    String email = patient("outbox");
    FacesClient patient = signedIn(email, PASSWORD);
    assertEquals(404, patient.get("/admin/outbox").status());

    FacesClient admin = signedIn("admin@painwise.test", "painwise-demo");
    Page page = admin.get("/admin/outbox");
    assertEquals(200, page.status());
    assertTrue(page.body().contains("id=\"outbox:table\""), page.body());
  }

  // ---------------------------------------------------------------------------------------------

  /** The language of a page, as its {@code html} element says. */
  private static String language(Page page) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("<html[^>]*\\slang=\"([a-z]*)\"").matcher(page.body());
    assertTrue(m.find(), page.body());
    return m.group(1);
  }

  private Page switchLanguage(FacesClient client, String language, String to) {
    return client.postForm("/language", "language=" + language + "&to=" + to);
  }

  private String patient(String prefix) {
    String email = FacesClient.uniqueEmail(prefix);
    Page page = new FacesClient(base).signUp(prefix + " Patient", email, PASSWORD);
    assertEquals(302, page.status(), "with mail off, sign-up works as before: " + page.body());
    return email;
  }

  private FacesClient signedIn(String email, String password) {
    FacesClient client = new FacesClient(base);
    assertEquals(302, client.login(email, password).status());
    return client;
  }
}
