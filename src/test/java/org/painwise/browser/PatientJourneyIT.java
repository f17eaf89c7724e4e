package org.painwise.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.junit.jupiter.api.Test;
import org.painwise.testsupport.Browser;
import org.painwise.testsupport.FacesClient;
import org.painwise.testsupport.TestServer;

/** A new patient signs up, signs in and reaches their dashboard, in a real browser. */
class PatientJourneyIT {

  private final URL base = TestServer.url();

  @Test
  void signUpThenLogInThenDashboard() {
    try (Browser browser = Browser.open(base)) {
      // Arrange
      String email = FacesClient.uniqueEmail("journey");
      browser.go("/");
      browser.go("/signup");

      // Act
      new SignupPage(browser).signUp("Jo Journey", email, "a-good-password");
      assertTrue(browser.text().contains("Your account is ready"));
      new LoginPage(browser).signIn(email, "a-good-password");

      // Assert
      assertEquals("/patient/index", browser.currentPath());
      assertTrue(browser.text().contains("Welcome, Jo Journey"));
      assertTrue(browser.text().contains("Start here"), "a new patient is shown where to begin");
      assertTrue(browser.text().contains("Jo Journey"));
    }
  }

  @Test
  void theErrorPagesAreAccessibleToo() {
    try (Browser browser = Browser.open(base)) {
      browser.go("/no-such-page");
      assertTrue(browser.text().contains("We could not find that page"));
      browser.go("/login");
      browser.find("#login\\:submit").click();
      browser.waitForText("please fill this in");
      browser.checkAccessibility();
    }
  }
}
