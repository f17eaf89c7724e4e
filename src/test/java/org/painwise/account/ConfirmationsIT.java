package org.painwise.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
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
 * The page people land on confirms what they did: "You are signed out" after signing out, "Your
 * account was deleted" after deleting it. The flag in the address only picks one of those two
 * messages: a forged address makes the page say nothing else.
 */
class ConfirmationsIT {

  private static final String PASSWORD = "a-good-password";

  private final URL base = TestServer.url();

  @Test
  void signingOutLandsOnAPageThatSaysSo() {
    FacesClient client = signedIn("Otto Out");

    Page out = client.signOut(client.get("/patient/index"));
    assertTrue(out.isRedirect(), "sign-out redirects");
    Page landing = client.open(out.location());

    assertEquals(List.of(Bundle.text("landing.message.info.signedOut")), messages(landing));
    assertFalse(landing.setsSessionCookie(), "the landing page stays stateless");
  }

  @Test
  void deletingTheAccountLandsOnAPageThatSaysSo() {
    String email = FacesClient.uniqueEmail("deleted");
    FacesClient client = signedIn("Del Eted", email);
    Page account = client.get("/patient/account");

    Page deleted = client.postback(account, "delete", Map.of("confirmEmail", email), "submit");
    assertTrue(deleted.isRedirect(), "deleting redirects: " + deleted.body());
    Page landing = client.open(deleted.location());

    assertEquals(List.of(Bundle.text("landing.message.info.deleted")), messages(landing));
    assertFalse(
        new FacesClient(base).login(email, PASSWORD).isRedirect(),
        "the account is gone: it no longer signs in");
  }

  @Test
  void aForgedAddressSaysNothingElse() {
    FacesClient anonymous = new FacesClient(base);
    assertEquals(List.of(), messages(anonymous.open("?signedOut=%3Cb%3EYour+bank%3C%2Fb%3E")));
    assertEquals(List.of(), messages(anonymous.open("?deleted=yes&signedOut=1")));
    assertEquals(List.of(), messages(anonymous.open("")));
    assertFalse(anonymous.open("?signedOut=%3Cb%3EYour").body().contains("<b>Your"));

    FacesClient signedIn = signedIn("Sid Still");
    assertEquals(
        List.of(),
        messages(signedIn.open("?signedOut=true")),
        "someone still signed in is not told they are signed out");
  }

  /** The texts of the layout's message area. */
  private static List<String> messages(Page page) {
    assertEquals(200, page.status(), page.body());
    Matcher m =
        Pattern.compile("<div class=\"pw-message pw-message-[a-z]+\" role=\"[a-z]+\">(.*?)</div>")
            .matcher(page.body());
    List<String> found = new java.util.ArrayList<>();
    while (m.find()) {
      found.add(m.group(1).strip());
    }
    return found;
  }

  private FacesClient signedIn(String name) {
    return signedIn(name, FacesClient.uniqueEmail("confirm"));
  }

  private FacesClient signedIn(String name, String email) {
    FacesClient client = new FacesClient(base);
    client.signUp(name, email, PASSWORD);
    assertEquals(302, client.login(email, PASSWORD).status());
    return client;
  }
}
