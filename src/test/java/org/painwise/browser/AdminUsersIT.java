package org.painwise.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.painwise.browser.pages.LoginPage;
import org.painwise.browser.pages.UsersPage;
import org.painwise.testsupport.Browser;
import org.painwise.testsupport.Bundle;
import org.painwise.testsupport.FacesClient;
import org.painwise.testsupport.TestServer;

/** The admin finds a new user in the lazy table and makes them a therapist. */
class AdminUsersIT {

  private final URL base = TestServer.url();

  @Test
  void theAdminChangesAUsersRole() {
    // Arrange: a new patient account, made over HTTP.
    String name = "Tara Future-Therapist";
    String email = FacesClient.uniqueEmail("promote");
    FacesClient client = new FacesClient(base);
    client.signUp(name, email, "a-good-password");

    try (Browser browser = Browser.open(base)) {
      new LoginPage(browser).open().signIn("admin@painwise.test", "painwise-demo");
      UsersPage users = new UsersPage(browser).open();

      // Act: search, open the dialog, choose Therapist, save.
      users.search(email).changeRole(name, "THERAPIST");

      // Assert: the page says so.
      List<String> messages = users.messages();
      String changed =
          Bundle.text("admin_users.message.info.roleChanged", name, Bundle.text("role.THERAPIST"));
      assertTrue(messages.contains(changed), () -> "messages: " + messages);
    }

    // Assert: the account now signs in to the therapist pages (after the offer of two-step
    // sign-in that therapists get at each sign-in until they turn it on).
    FacesClient therapist = new FacesClient(base);
    FacesClient.Page login = therapist.login(email, "a-good-password");
    assertTrue(login.location().endsWith("/account/two-step-offer"), login.location());
    assertEquals(200, therapist.get("/therapist/index").status());
  }
}
