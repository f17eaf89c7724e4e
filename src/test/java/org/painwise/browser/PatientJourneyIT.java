package org.painwise.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.painwise.browser.pages.DashboardPage;
import org.painwise.browser.pages.ErrorPage;
import org.painwise.browser.pages.HomePage;
import org.painwise.browser.pages.LoginPage;
import org.painwise.testsupport.Browser;
import org.painwise.testsupport.Bundle;
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
      var signup = new HomePage(browser).open().goToSignup();

      // Act
      LoginPage login = signup.signUp("Jo Journey", email, "a-good-password");
      List<String> messages = login.messages();
      assertTrue(
          messages.contains(Bundle.text("signup.message.info.created")),
          () -> "messages: " + messages);
      login.signIn(email, "a-good-password");

      // Assert
      assertEquals("/patient/index", browser.currentPath());
      DashboardPage dashboard = new DashboardPage(browser);
      assertEquals(Bundle.text("patient_index.heading") + ", Jo Journey", dashboard.heading());
      assertEquals(
          Bundle.text("patient_index.start.heading"),
          dashboard.startHeading(),
          "a new patient is shown where to begin");
      assertEquals("Jo Journey", dashboard.signedInName());
    }
  }

  @Test
  void theErrorPagesAreAccessibleToo() {
    try (Browser browser = Browser.open(base)) {
      ErrorPage missing = new ErrorPage(browser).open("/no-such-page");
      assertEquals(Bundle.text("error_404.heading"), missing.heading());
      LoginPage login = new LoginPage(browser).open().submitEmpty();
      assertEquals(
          Bundle.violation(
              "jakarta.validation.constraints.NotBlank.message", Bundle.text("login.label.email")),
          login.emailMessage());
      login.checkAccessibility();
    }
  }
}
