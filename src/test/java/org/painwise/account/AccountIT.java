package org.painwise.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.painwise.testsupport.FacesClient;
import org.painwise.testsupport.FacesClient.Page;
import org.painwise.testsupport.TestServer;

/** Sign-up, login, logout and role folders, through the real server over HTTP. */
class AccountIT {

  private static final String PASSWORD = "a-good-password";

  private final URL base = TestServer.url();

  @Test
  void patientSignsUpLogsInAndOut() {
    FacesClient client = new FacesClient(base);
    String email = FacesClient.uniqueEmail("sign-up");

    Page signedUp = client.signUp("Sam Patient", email, PASSWORD);
    assertTrue(signedUp.isRedirect(), "sign-up redirects");
    assertTrue(signedUp.location().endsWith("/login"), signedUp.location());
    assertTrue(client.get("/login").body().contains("Your account is ready"));

    String sessionBefore = client.sessionId();
    Page loggedIn = client.login(email.toUpperCase(), PASSWORD);
    assertEquals(302, loggedIn.status());
    assertTrue(loggedIn.location().endsWith("/patient/index"), loggedIn.location());
    assertNotEquals(sessionBefore, client.sessionId(), "the session id changes at login");

    Page dashboard = client.get("/patient/index");
    assertEquals(200, dashboard.status());
    assertTrue(dashboard.body().contains("Sam Patient"), "the layout shows the user's name");

    Page loggedOut = client.logout(dashboard, "/patient/index");
    assertTrue(loggedOut.isRedirect());
    Page afterLogout = client.get("/patient/index");
    assertEquals(302, afterLogout.status(), "the dashboard needs a login again");
    assertTrue(afterLogout.location().contains("/login"));
  }

  @Test
  void aDeepLinkSurvivesTheLoginRedirect() {
    FacesClient client = new FacesClient(base);
    String email = FacesClient.uniqueEmail("deep-link");
    client.signUp("Dee Link", email, PASSWORD);

    Page asked = client.get("/patient/index");
    assertEquals(302, asked.status());
    String sessionBefore = client.sessionId();
    Page loggedIn = client.login(email, PASSWORD);
    assertNotEquals(sessionBefore, client.sessionId(), "the session id changes at login");
    assertEquals(302, loggedIn.status());
    assertTrue(loggedIn.location().endsWith("/patient/index"), loggedIn.location());
  }

  @Test
  void aDeepLinkKeepsItsAnchorThroughTheLogin() {
    FacesClient client = new FacesClient(base);
    String email = FacesClient.uniqueEmail("anchor");
    client.signUp("Anne Chor", email, PASSWORD);
    String lesson = "/lessons/pain-alarm-system/danger-detectors";

    Page asked = client.get(lesson);
    assertEquals(302, asked.status());
    // The browser keeps #anchor on /login#anchor; login.js copies it into the form.
    Page login = client.get("/login");
    assertTrue(login.body().contains("id=\"login:fragment\""), "the form has the anchor field");
    Page loggedIn =
        client.submit(
            "/login",
            login,
            "login",
            Map.of(
                "email", email, "password", PASSWORD, "fragment", "sensors-all-through-your-body"),
            "submit");

    assertEquals(302, loggedIn.status());
    assertTrue(
        loggedIn.location().endsWith(lesson + "#sensors-all-through-your-body"),
        loggedIn.location());
    assertTrue(
        URI.create(loggedIn.location()).getPath().startsWith(base.getPath().replaceAll("/$", "")),
        "the redirect stays in the app: " + loggedIn.location());
  }

  @Test
  void anAnchorThatIsNotAPlainNameIsDropped() {
    FacesClient client = new FacesClient(base);
    String email = FacesClient.uniqueEmail("bad-anchor");
    client.signUp("Bad Anchor", email, PASSWORD);
    String lesson = "/lessons/pain-alarm-system/danger-detectors";

    client.get(lesson);
    Page login = client.get("/login");
    Page loggedIn =
        client.submit(
            "/login",
            login,
            "login",
            Map.of(
                "email",
                email,
                "password",
                PASSWORD,
                "fragment",
                "x\r\nSet-Cookie: a=b/../../https://evil.example"),
            "submit");

    assertEquals(302, loggedIn.status());
    assertTrue(loggedIn.location().endsWith(lesson), loggedIn.location());
  }

  @Test
  void signOutWorksFromTheNotFoundPage() {
    FacesClient client = new FacesClient(base);
    String email = FacesClient.uniqueEmail("sign-out-404");
    client.signUp("Otto Found", email, PASSWORD);
    client.login(email, PASSWORD);

    Page missing = client.get("/no-such-page-" + System.nanoTime());
    assertEquals(404, missing.status());
    assertTrue(missing.body().contains("id=\"logoutForm\""), "the 404 page offers sign-out");

    Page signedOut = client.signOut(missing);
    assertEquals(302, signedOut.status(), "sign-out redirects: " + signedOut.body());
    assertTrue(signedOut.location().endsWith("/?signedOut=true"), signedOut.location());
    Page after = client.get("/patient/index");
    assertEquals(302, after.status(), "the dashboard needs a sign-in again");
    assertTrue(after.location().contains("/login"), after.location());
  }

  @Test
  void aSignOutPostWithoutTheSessionsTokenSignsNobodyOut() {
    FacesClient client = new FacesClient(base);
    String email = FacesClient.uniqueEmail("sign-out-forged");
    client.signUp("Fay Forged", email, PASSWORD);
    client.login(email, PASSWORD);

    Page forged =
        client.send(
            java.net.http.HttpRequest.newBuilder(
                    URI.create(base.toExternalForm().replaceAll("/$", "") + "/logout"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("token=guess")));
    assertFalse(forged.isRedirect(), "refused");
    assertEquals(200, client.get("/patient/index").status(), "still signed in");
  }

  @Test
  void aWrongPasswordAndAnUnknownEmailGetTheSameGenericMessage() {
    FacesClient client = new FacesClient(base);
    String email = FacesClient.uniqueEmail("wrong-password");
    client.signUp("Wren Password", email, PASSWORD);

    Page wrong = client.login(email, "not-the-password");
    Page unknown = client.login(FacesClient.uniqueEmail("nobody"), PASSWORD);

    for (Page page : List.of(wrong, unknown)) {
      assertEquals(200, page.status(), "stays on the login page");
      assertTrue(page.body().contains("That email and password do not match an account"));
    }
    assertEquals(302, client.get("/patient/index").status(), "still not signed in");
  }

  @Test
  void anEmailThatIsAlreadyUsedIsRefusedWithAClearMessage() {
    FacesClient client = new FacesClient(base);
    String email = FacesClient.uniqueEmail("twice");
    assertTrue(client.signUp("First Person", email, PASSWORD).isRedirect());

    Page second =
        new FacesClient(base)
            .signUp("Second Person", " " + email.toUpperCase() + " ", "another-password");

    assertEquals(200, second.status());
    assertTrue(second.body().contains("An account with this email already exists"));
    assertFalse(
        new FacesClient(base).login(email, "another-password").isRedirect(),
        "the second password was not saved");
  }

  @Test
  void aPatientOpeningEducatorOrAdminPagesGetsTheNotFoundPage() {
    FacesClient client = new FacesClient(base);
    String email = FacesClient.uniqueEmail("nosy");
    client.signUp("Nosy Patient", email, PASSWORD);
    client.login(email, PASSWORD);
    String missing = client.get("/no-such-page").body();

    for (String path :
        List.of("/educator/index", "/admin/index", "/admin/users", "/therapist/index")) {
      Page page = client.get(path);
      assertEquals(404, page.status(), path);
      assertTrue(page.body().contains("We could not find that page"), path);
      assertFalse(page.body().contains("Users"), "no admin content leaks on " + path);
    }
    assertTrue(missing.contains("We could not find that page"));
  }

  @Test
  void badSignUpInputGetsClearMessagesAndSavesNothing() {
    String longName = "x".repeat(Account.NAME_MAX + 1);
    // A 1 MB name is refused before validation, with 413 (RequestGuardIT).
    record Case(String name, String email, String password, String expected) {}
    List<Case> cases =
        List.of(
            new Case("", "", "", "please fill this in"),
            new Case(
                longName, FacesClient.uniqueEmail("long"), PASSWORD, "please use no more than"),
            new Case("Ivy Invalid", "not-an-email", PASSWORD, "please enter an email address"),
            new Case(
                "Shorty",
                FacesClient.uniqueEmail("short"),
                "short",
                "please use between 8 and 128"));

    for (Case c : cases) {
      FacesClient client = new FacesClient(base);
      Page page = client.signUp(c.name(), c.email(), c.password());
      assertEquals(200, page.status(), c.expected());
      assertTrue(page.body().contains(c.expected()), "message '" + c.expected() + "' shown");
      FacesClient.assertNoStackTrace(page);
      if (!c.email().isEmpty() && c.email().contains("@")) {
        assertFalse(
            client.login(c.email(), c.password()).isRedirect(),
            "nothing was saved for " + c.email());
      }
    }
  }

  @Test
  void aFormPostedWithAnExpiredViewAsksTheUserToTryAgain() {
    FacesClient client = new FacesClient(base);
    client.get("/signup");
    String email = FacesClient.uniqueEmail("expired");

    Page page =
        client.submitWithViewState(
            "/signup",
            "-1234:5678",
            "signup",
            Map.of("name", "Ex Pired", "email", email, "password", PASSWORD),
            "submit");

    assertTrue(page.body().contains("This page timed out"), page.body());
    assertTrue(page.body().contains("Open the page again"));
    FacesClient.assertNoStackTrace(page);
    assertFalse(new FacesClient(base).login(email, PASSWORD).isRedirect(), "nothing saved");
  }

  @Test
  void theSessionCookieIsHttpOnlyAndSameSiteLax() {
    FacesClient client = new FacesClient(base);
    String email = FacesClient.uniqueEmail("cookie");
    client.signUp("Coo Kie", email, PASSWORD);

    // The login page is stateless and makes no session: signing in makes it.
    Page loggedIn = client.login(email, PASSWORD);

    String cookie =
        loggedIn.setCookies().stream()
            .filter(c -> c.startsWith("JSESSIONID"))
            .findFirst()
            .orElse(null);
    assertNotNull(cookie, "a session cookie is set");
    assertTrue(cookie.contains("HttpOnly"), cookie);
    assertTrue(cookie.contains("SameSite=Lax"), cookie);
  }

  @Test
  void theHealthEndpointReportsTheDatabase() {
    Page health = new FacesClient(base).get("/api/health");
    assertEquals(200, health.status());
    assertTrue(health.body().contains("\"status\":\"UP\""), health.body());
    assertTrue(health.body().contains("\"product\":\"H2\""), health.body());
  }
}
