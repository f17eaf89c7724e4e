package org.painwise.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.painwise.browser.pages.ClientsPage;
import org.painwise.browser.pages.LoginPage;
import org.painwise.testsupport.Browser;
import org.painwise.testsupport.Bundle;
import org.painwise.testsupport.FacesClient;
import org.painwise.testsupport.FacesClient.Page;
import org.painwise.testsupport.Lessons;
import org.painwise.testsupport.TestServer;

/**
 * Assigning a module to several clients at once skips a client who already has it open, and the
 * page says whom it skipped, with counts in proper language.
 */
class BulkAssignIT {

  private static final String THERAPIST = "therapist@painwise.test";
  private static final String PASSWORD = "painwise-demo";

  private final URL base = TestServer.url();

  @Test
  void theBulkFormSkipsAnOpenAssignmentAndNamesIt() {
    String word = "Bulk" + UUID.randomUUID().toString().substring(0, 6);
    String ann = "Ann " + word;
    String ben = "Ben " + word;
    String module = Lessons.module("pain-alarm-system").title();

    try (Browser browser = Browser.open(base)) {
      new LoginPage(browser).open().signIn(THERAPIST, PASSWORD);
      FacesClient therapist = new FacesClient(base);
      assertEquals(302, therapist.login(THERAPIST, PASSWORD).status());
      invite(therapist, ann);
      invite(therapist, ben);

      ClientsPage clients = new ClientsPage(browser).open();
      clients.search(ann).selectOnly(ann).assignModules("First", module);
      assertTrue(
          clients.messages().contains(Bundle.text("therapist_clients.message.info.assigned", 1)),
          () -> "messages: " + clients.messages());

      ClientsPage again = new ClientsPage(browser).open();
      again.search(word, 2).select(ann, 1).select(ben, 2).assignModules("Both", module);

      List<String> messages = again.messages();
      assertTrue(
          messages.contains(Bundle.text("therapist_clients.message.info.assigned", 1)),
          () -> "Ben's assignment was made: " + messages);
      assertTrue(
          messages.contains(
              Bundle.text(
                  "therapist_clients.message.warn.skipped",
                  1,
                  Bundle.text("therapist_clients.text.skipped", ann, module))),
          () -> "Ann's was skipped, by name: " + messages);
      assertEquals("1", new ClientsPage(browser).open().search(ann).rowOf(ann).assigned());
    }
  }

  /** A new client of the therapist: an invitation, then a sign-up with its code. */
  private void invite(FacesClient therapist, String name) {
    Page form = therapist.get("/therapist/invitations");
    Page created =
        therapist.submit("/therapist/invitations", form, "invite", Map.of("days", "14"), "create");
    Matcher code =
        Pattern.compile("id=\"new-code\" class=\"pw-code\">([A-Z0-9]+)<").matcher(created.body());
    assertTrue(code.find(), created.body());
    FacesClient client = new FacesClient(base);
    Page signup = client.get("/signup?invite=" + code.group(1));
    client.postback(
        signup,
        "signup",
        Map.of(
            "name", name, "email", FacesClient.uniqueEmail("bulk"), "password", "a-good-password"),
        "submit");
  }
}
