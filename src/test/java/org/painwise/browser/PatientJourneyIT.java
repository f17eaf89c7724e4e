package org.painwise.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.painwise.testsupport.Browser;
import org.painwise.testsupport.Deployments;
import org.painwise.testsupport.FacesClient;

/** A new patient signs up, signs in and reaches their dashboard, in a real browser. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PatientJourneyIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.app();
  }

  @ArquillianResource private URL base;

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
