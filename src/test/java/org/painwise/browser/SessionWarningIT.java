package org.painwise.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URL;
import org.junit.jupiter.api.Test;
import org.painwise.browser.pages.LoginPage;
import org.painwise.browser.pages.SessionWarning;
import org.painwise.testsupport.Browser;
import org.painwise.testsupport.Bundle;
import org.painwise.testsupport.FacesClient;
import org.painwise.testsupport.TestServer;

/**
 * Before a signed-in session times out, a warning takes the focus with a way to stay signed in;
 * pressing it keeps the session. The page's hour passes at once on Chromium's virtual clock.
 */
class SessionWarningIT {

  private final URL base = TestServer.url();

  @Test
  void aWarningComesBeforeTheSessionEndsAndStayingSignedInKeepsIt() {
    String email = FacesClient.uniqueEmail("warned");
    new FacesClient(base).signUp("Wren Warned", email, "a-good-password");

    try (Browser browser = Browser.open(base)) {
      new LoginPage(browser).open().signIn(email, "a-good-password");
      browser.go("/patient/index");
      SessionWarning warning = new SessionWarning(browser);
      assertFalse(warning.isShown(), "no warning while the session is young");

      // web.xml: sessions last 60 minutes; the warning comes 2 minutes before the end.
      warning.letTimePass(59 * 60).awaitShown();
      assertEquals(Bundle.text("layout.session.text.warning"), warning.text());
      assertEquals("session-stay", warning.focusedId(), "the warning takes the focus");
      browser.checkAccessibility();

      // The button asks the server, which answers "still signed in": the warning closes and the
      // page stays (a session that had ended would reload the page to the sign-in).
      warning.staySignedIn();
      assertEquals("/patient/index", browser.currentPath());
    }
  }
}
