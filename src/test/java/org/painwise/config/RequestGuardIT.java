package org.painwise.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.painwise.testsupport.Bundle;
import org.painwise.testsupport.FacesClient;
import org.painwise.testsupport.FacesClient.Page;
import org.painwise.testsupport.TestServer;

/**
 * CSRF and bad input, over HTTP: a state-changing request from another site (or with no proof of
 * where it comes from) is refused before any session is touched; REST calls are JSON only;
 * malformed ids, forged view states and oversized forms get a clear answer and never a 500; and
 * anonymous pages make no session.
 */
class RequestGuardIT {

  private static final String PASSWORD = "a-good-password";
  private static final String EVIL = "https://evil.example";

  private final URL base = TestServer.url();

  @Test
  void aCrossSitePostIsRefusedAndNeverSetsTheSessionCookie() {
    FacesClient attacker = new FacesClient(base);
    Page login = attacker.get("/login");
    attacker.withOrigin(EVIL);

    Page loginPost =
        attacker.submit(
            "/login",
            login,
            "login",
            Map.of("email", FacesClient.uniqueEmail("csrf"), "password", PASSWORD),
            "submit");
    Page protectedPost =
        attacker.postForm(
            "/patient/index", "logoutForm=logoutForm&jakarta.faces.ViewState=stateless");

    for (Page page : List.of(loginPost, protectedPost)) {
      assertEquals(403, page.status(), page.body());
      assertFalse(page.setsSessionCookie(), "no session made or replaced: " + page.setCookies());
      assertTrue(page.body().contains(Bundle.text("request.refused.heading")), page.body());
    }
  }

  @Test
  void aSignedInSessionCannotBeSignedOutOrChangedFromAnotherSiteOrWithoutProof() {
    FacesClient victim = new FacesClient(base);
    String email = FacesClient.uniqueEmail("victim");
    victim.signUp("Vic Tim", email, PASSWORD);
    assertEquals(302, victim.login(email, PASSWORD).status());
    String session = victim.sessionId();
    Page dashboard = victim.get("/patient/index");
    assertEquals(200, dashboard.status());

    // The layout's sign-out form is a plain form to the sign-out servlet with the session's
    // token. Posted from another site, then with no Origin and no Referer at all (which no
    // browser does from our own pages), it is refused even with the right token.
    String token = signOutToken(dashboard);
    for (String origin : new String[] {EVIL, null}) {
      victim.withOrigin(origin);
      Page forged = victim.postForm("/logout", "token=" + enc(token));
      assertEquals(403, forged.status(), "origin " + origin);
      assertFalse(forged.setsSessionCookie());
    }
    assertEquals(session, victim.sessionId(), "the session cookie is the same");
    assertEquals(200, victim.get("/patient/index").status(), "still signed in");

    // From our own origin but without the session's token (which another site cannot read).
    victim.withOrigin(origin());
    for (String body : new String[] {"", "token=" + enc(token + "x")}) {
      Page proofless = victim.postForm("/logout", body);
      assertFalse(proofless.isRedirect(), "no sign-out without the token: " + proofless.status());
      assertEquals(200, victim.get("/patient/index").status(), "still signed in");
    }

    // The real form with the Referer of our own page (a browser that sends no Origin) is ours.
    victim.withOrigin(null);
    Page ours =
        victim.send(
            HttpRequest.newBuilder(URI.create(base + "logout"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Referer", base + "patient/index")
                .POST(HttpRequest.BodyPublishers.ofString("token=" + enc(token))));
    assertTrue(ours.isRedirect(), "signed out: " + ours.status());
    assertEquals(302, victim.get("/patient/index").status(), "signed out for real");
  }

  /** The hidden token of the layout's sign-out form ({@code #logoutForm}) on this page. */
  private static String signOutToken(Page page) {
    Matcher m =
        Pattern.compile(
                "<form id=\"logoutForm\"[^>]*>\\s*<input[^>]*name=\"token\"[^>]*value=\"([^\"]+)\"")
            .matcher(page.body());
    assertTrue(m.find(), "the sign-out form and its token on the page:\n" + page.body());
    return m.group(1);
  }

  private String origin() {
    URI uri = URI.create(base.toExternalForm());
    return uri.getScheme() + "://" + uri.getAuthority();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void aStatelessViewPostFromAFreshSessionIsRefused() {
    FacesClient fresh = new FacesClient(base).withOrigin(null);

    Page page =
        fresh.postForm(
            "/lessons/index",
            "logoutForm=logoutForm&logoutForm%3Alogout=x&jakarta.faces.ViewState=stateless");

    assertEquals(403, page.status());
    assertFalse(page.setsSessionCookie());
  }

  @Test
  void restEndpointsAcceptOnlyJsonFromThisSite() {
    FacesClient admin = new FacesClient(base);
    assertEquals(302, admin.login("admin@painwise.test", "painwise-demo").status());

    Page plain = admin.post("/api/admin/reminders", "Content-Type", "text/plain");
    Page form =
        admin.post("/api/admin/reminders", "Content-Type", "application/x-www-form-urlencoded");
    Page crossSite =
        admin.post("/api/admin/reminders", "Content-Type", "application/json", "Origin", EVIL);

    assertEquals(415, plain.status(), plain.body());
    assertEquals(415, form.status(), form.body());
    assertEquals(403, crossSite.status(), crossSite.body());
  }

  @Test
  void aMalformedIdGetsTheNotFoundPage() {
    FacesClient therapist = new FacesClient(base);
    assertEquals(302, therapist.login("therapist@painwise.test", "painwise-demo").status());
    FacesClient educator = new FacesClient(base);
    assertEquals(302, educator.login("educator@painwise.test", "painwise-demo").status());

    List<Page> pages =
        List.of(
            therapist.get("/therapist/client?id=abc"),
            educator.get("/educator/question?id=abc"),
            educator.get("/educator/statistics?module=pain-alarm-system&version=abc"),
            educator.get("/educator/preview?id=abc"));

    for (Page page : pages) {
      assertEquals(404, page.status(), page.body());
      assertTrue(page.body().contains(Bundle.text("error_404.heading")), page.body());
      assertFalse(page.body().contains("must be a number"), page.body());
      FacesClient.assertNoStackTrace(page);
    }
  }

  @Test
  void aForgedViewStateGetsTheExpiredPage() {
    FacesClient client = new FacesClient(base);
    String email = FacesClient.uniqueEmail("forged");

    Page page =
        client.submitWithViewState(
            "/signup",
            "forged<b>state</b>",
            "signup",
            Map.of("name", "For Ged", "email", email, "password", PASSWORD),
            "submit");

    assertEquals(400, page.status(), page.body());
    assertTrue(page.body().contains(Bundle.text("error_expired.heading")), page.body());
    assertFalse(page.body().contains("<b>state</b>"), "the forged value is not echoed");
    FacesClient.assertNoStackTrace(page);
    assertFalse(new FacesClient(base).login(email, PASSWORD).isRedirect(), "nothing saved");
  }

  @Test
  void tenThousandFieldsGetATooLargeAnswer() {
    StringBuilder body = new StringBuilder("login=login&login%3Asubmit=x");
    for (int i = 0; i < 10_000; i++) {
      body.append("&f").append(i).append('=').append(i);
    }
    body.append("&jakarta.faces.ViewState=stateless");

    Page page = new FacesClient(base).postForm("/login", body.toString());

    assertTooLarge(page);
  }

  @Test
  void aOneMegabyteFieldGetsATooLargeAnswerAndIsNotEchoed() {
    FacesClient client = new FacesClient(base);
    String email = FacesClient.uniqueEmail("huge");
    String huge = "hugefield" + "y".repeat(1_000_000);

    Page page =
        client.submitWithViewState(
            "/signup",
            "stateless",
            "signup",
            Map.of("name", huge, "email", email, "password", PASSWORD),
            "submit");

    assertTooLarge(page);
    assertFalse(page.body().contains("hugefield"), "the field is not echoed");
    assertFalse(new FacesClient(base).login(email, PASSWORD).isRedirect(), "nothing saved");
  }

  @Test
  void anonymousPagesAndNotFoundPagesMakeNoSession() {
    for (String path : List.of("/", "/login", "/signup", "/no-such-page")) {
      FacesClient anonymous = new FacesClient(base);
      Page page = anonymous.get(path);
      assertTrue(page.status() < 500, path + ": " + page.status());
      assertFalse(page.setsSessionCookie(), path + " set " + page.setCookies());
      assertEquals(null, anonymous.sessionId(), path);
    }
  }

  private static void assertTooLarge(Page page) {
    assertTrue(page.status() == 413 || page.status() == 400, "status " + page.status());
    assertNotNull(page.body());
    assertTrue(page.body().contains(Bundle.text("request.too_large.heading")), page.body());
    assertTrue(page.body().length() < 5_000, "a short answer");
    FacesClient.assertNoStackTrace(page);
  }
}
