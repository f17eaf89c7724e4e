package org.painwise.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.painwise.testsupport.Browser;
import org.painwise.testsupport.FacesClient;
import org.painwise.testsupport.TestServer;

/** The admin finds a new user in the lazy table and makes them a therapist. */
class AdminUsersIT {

  private final URL base = TestServer.url();

  @Test
  void theAdminChangesAUsersRole() {
    // Arrange: a new patient account, made over HTTP.
    String email = FacesClient.uniqueEmail("promote");
    FacesClient client = new FacesClient(base);
    client.signUp("Tara Future-Therapist", email, "a-good-password");

    try (Browser browser = Browser.open(base)) {
      new LoginPage(browser).open().signIn("admin@painwise.test", "painwise-demo");
      browser.go("/admin/users");

      // Act: search, open the dialog, choose Therapist, save.
      browser.find("#users\\:search").sendKeys(email);
      // The search answers after a pause: wait until it has settled on the one account, or the
      // click could land on a table that the search then replaces.
      browser.waitForAjaxIdle();
      browser.waitForCount("#users\\:table_data > tr", 1);
      browser.waitForText("Tara Future-Therapist");
      browser.waitFor("button[title='Change role for Tara Future-Therapist']").click();
      browser.waitFor("#roleForm\\:newRole");
      browser.checkAccessibility();
      new Select(browser.find("#roleForm\\:newRole")).selectByVisibleText("Therapist");
      browser.find("#roleForm\\:save").click();
      browser.waitForText("Tara Future-Therapist is now: Therapist.");
      browser.checkAccessibility();
    }

    // Assert: the account now signs in to the therapist pages.
    FacesClient.Page login = new FacesClient(base).login(email, "a-good-password");
    assertTrue(login.location().endsWith("/therapist/index"), login.location());
  }
}
