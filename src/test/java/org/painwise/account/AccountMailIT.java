package org.painwise.account;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.painwise.config.Outbox;
import org.painwise.testsupport.Bundle;
import org.painwise.testsupport.Deployments;
import org.painwise.testsupport.FacesClient;
import org.painwise.testsupport.FacesClient.Page;
import org.painwise.testsupport.TestCaller;

/**
 * The account emails with mail on ({@link MailDeliveredToTheOutbox}, in this deployment only),
 * through the pages over HTTP, reading the mail from the deployment's outbox: confirmation at
 * sign-up, the same answer for a used email, password reset (once, within the hour, throttled, the
 * same answer for an unknown email), email change by a link to the new address. And the new
 * services' guards.
 */
@ExtendWith(ArquillianExtension.class)
class AccountMailIT {

  private static final String PASSWORD = "a-good-password";
  private static final String NEW_PASSWORD = "a-better-password";

  @Deployment
  static WebArchive deployment() {
    return Deployments.appWithTests(AccountMailIT.class, MailDeliveredToTheOutbox.class);
  }

  @Inject AccountService accounts;
  @Inject Credentials credentials;
  @Inject OutboxService outboxService;
  @Inject Outbox outbox;
  @Inject UserTransaction tx;
  @PersistenceContext EntityManager em;
  @ArquillianResource URL base;

  @AfterEach
  void actAsTheSystemAgain() {
    TestCaller.clear();
  }

  @Test
  void signUpNeedsTheEmailedLinkBeforeTheAccountSignsIn() {
    FacesClient client = new FacesClient(base);
    String email = unique("confirm");

    Page signedUp = client.signUp("Cora Firm", email, PASSWORD);
    assertEquals(302, signedUp.status(), signedUp.body());
    assertTrue(signedUp.location().endsWith("/login"), signedUp.location());
    assertTrue(
        client.get("/login").text().contains(Bundle.text("signup.message.info.checkEmail", email)));
    Outbox.Message first = only(mails(email, "mail.subject.verifyEmail"));
    assertFalse(accounts.findByEmail(email).orElseThrow().isEmailVerified());

    Page refused = client.login(email, PASSWORD);
    assertEquals(200, refused.status(), "the right password does not sign in yet");
    assertTrue(refused.body().contains("id=\"unconfirmed\""), refused.body());
    assertTrue(refused.text().contains(Bundle.text("login.message.warn.unconfirmed")));
    assertEquals(302, client.get("/patient/index").status(), "not signed in");

    Page resendForm = client.get("/verify-email?email=" + email);
    Page resent = client.postback(resendForm, "resend", Map.of("email", email), "submit");
    assertTrue(resent.text().contains(Bundle.text("verify_email.message.info.sent", email)));
    List<Outbox.Message> links = mails(email, "mail.subject.verifyEmail");
    assertEquals(2, links.size());
    String firstLink = link(first, "/verify-email?token=");
    String secondLink = link(links.get(0), "/verify-email?token=");
    assertNotEquals(firstLink, secondLink);
    assertTrue(invalid(client.get(firstLink)), "a new link replaces the old one");

    Page confirm = client.get(secondLink);
    assertEquals(200, confirm.status());
    assertTrue(
        accounts.findByEmail(email).map(a -> !a.isEmailVerified()).orElseThrow(),
        "opening the link confirms nothing: mail scanners open links");
    Page confirmed = client.postback(confirm, "confirm", Map.of(), "submit");
    assertEquals(302, confirmed.status(), confirmed.body());
    assertTrue(client.get("/login").text().contains(Bundle.text("verify_email.message.info.done")));
    Page signedIn = client.login(email, PASSWORD);
    assertEquals(302, signedIn.status(), signedIn.body());
    assertTrue(signedIn.location().endsWith("/patient/index"), signedIn.location());
    assertTrue(invalid(new FacesClient(base).get(secondLink)), "a link works once");
  }

  @Test
  void aUsedEmailGetsTheSameAnswerAsANewOneAndItsOwnerAnEmail() throws Exception {
    Account owner = account("owner");
    String fresh = unique("fresh");

    FacesClient newcomer = new FacesClient(base);
    Page forNew = newcomer.signUp("New Person", fresh, PASSWORD);
    FacesClient stranger = new FacesClient(base);
    Page forUsed = stranger.signUp("Someone Else", owner.getEmail(), "another-password");

    assertEquals(forNew.status(), forUsed.status());
    assertEquals(forNew.location(), forUsed.location());
    assertTrue(
        stranger
            .get("/login")
            .text()
            .contains(Bundle.text("signup.message.info.checkEmail", owner.getEmail())));
    assertEquals(1, mails(fresh, "mail.subject.verifyEmail").size());
    Outbox.Message told = only(mails(owner.getEmail(), "mail.subject.alreadyRegistered"));
    assertTrue(told.body().contains("/forgot-password"), told.body());
    assertEquals(0, mails(owner.getEmail(), "mail.subject.verifyEmail").size());
    Account after = accounts.findByEmail(owner.getEmail()).orElseThrow();
    assertEquals("owner Person", after.getDisplayName(), "the account is as it was");
    assertTrue(after.isEmailVerified());
    assertEquals(302, new FacesClient(base).login(owner.getEmail(), PASSWORD).status());
  }

  @Test
  void aResetLinkSetsANewPasswordOnceAndSignsOutEverySession() throws Exception {
    Account account = account("reset");
    FacesClient other = signedIn(account);
    FacesClient client = new FacesClient(base);

    Page form = client.get("/forgot-password");
    assertTrue(form.body().contains("id=\"forgot:email\""), form.body());
    Page sent = client.postback(form, "forgot", Map.of("email", account.getEmail()), "submit");
    assertEquals(200, sent.status());
    assertTrue(
        sent.text().contains(Bundle.text("forgot_password.message.info.sent", account.getEmail())));
    Outbox.Message mail = only(mails(account.getEmail(), "mail.subject.passwordReset"));
    String link = link(mail, "/reset-password?token=");

    Page reset = client.get(link);
    assertTrue(reset.body().contains("id=\"reset:password\""), reset.body());
    Page mismatch =
        client.postback(
            reset,
            "reset",
            Map.of("password", NEW_PASSWORD, "confirm", "something-else"),
            "submit");
    assertTrue(mismatch.text().contains(Bundle.text("reset_password.message.error.mismatch")));
    Page done =
        client.postback(
            reset, "reset", Map.of("password", NEW_PASSWORD, "confirm", NEW_PASSWORD), "submit");
    assertEquals(302, done.status(), done.body());
    assertTrue(done.location().endsWith("/login"), done.location());

    assertEquals(302, other.get("/patient/index").status(), "the open session is signed out");
    assertEquals(200, new FacesClient(base).login(account.getEmail(), PASSWORD).status());
    assertEquals(302, new FacesClient(base).login(account.getEmail(), NEW_PASSWORD).status());
    assertEquals(1, mails(account.getEmail(), "mail.subject.passwordChanged").size());

    assertTrue(invalid(client.get(link)), "a link works once");
    Page reused =
        client.postback(
            reset,
            "reset",
            Map.of("password", "a-third-password", "confirm", "a-third-password"),
            "submit");
    assertTrue(invalid(reused), reused.body());
    assertEquals(200, new FacesClient(base).login(account.getEmail(), "a-third-password").status());
  }

  @Test
  void anUnknownEmailGetsTheSameAnswerAndNoMail() throws Exception {
    Account known = account("known");
    String unknown = unique("unknown");

    Page forKnown = resetRequest(new FacesClient(base), known.getEmail());
    Page forUnknown = resetRequest(new FacesClient(base), unknown);

    assertEquals(forKnown.status(), forUnknown.status());
    assertEquals(
        messages(forKnown).replace(known.getEmail(), "?"),
        messages(forUnknown).replace(unknown, "?"));
    assertEquals(1, mails(known.getEmail(), "mail.subject.passwordReset").size());
    assertEquals(0, outbox.count(unknown));
  }

  @Test
  void anExpiredOrUnknownLinkDoesNotWork() throws Exception {
    Account account = account("expired");
    credentials.requestReset(account.getEmail(), null, Locale.ENGLISH);
    String link =
        link(
            only(mails(account.getEmail(), "mail.subject.passwordReset")),
            "/reset-password?token=");
    String token = link.substring(link.indexOf("token=") + "token=".length());
    tx.begin();
    em.createQuery("update AccountToken t set t.expiresAt = :past where t.accountId = :a")
        .setParameter("past", Instant.now().minusSeconds(1))
        .setParameter("a", account.getId())
        .executeUpdate();
    tx.commit();

    FacesClient client = new FacesClient(base);
    Page expired = client.get(link);
    assertTrue(invalid(expired), expired.body());
    assertFalse(expired.body().contains("id=\"reset:password\""), "no form for it");
    // Posted anyway, as a page opened before the link expired would: nothing changes.
    Page posted =
        client.submitWithViewState(
            "/reset-password",
            "stateless",
            "reset",
            Map.of("token", token, "password", NEW_PASSWORD, "confirm", NEW_PASSWORD),
            "submit");
    assertTrue(invalid(posted), posted.body());
    assertThrows(InvalidLinkException.class, () -> credentials.resetPassword(token, NEW_PASSWORD));
    assertEquals(302, new FacesClient(base).login(account.getEmail(), PASSWORD).status());

    assertTrue(invalid(client.get("/reset-password?token=no-such-token")));
    assertTrue(invalid(client.get("/reset-password")));
  }

  @Test
  void resetRequestsAreThrottledPerEmailWhetherOrNotAnAccountHasIt() throws Exception {
    Account known = account("throttled");
    for (String email : List.of(known.getEmail(), unique("nobody"))) {
      FacesClient client = new FacesClient(base);
      Page form = client.get("/forgot-password");
      List<Integer> statuses = new ArrayList<>();
      Page last = null;
      for (int i = 0; i < 5; i++) {
        last = client.postback(form, "forgot", Map.of("email", email), "submit");
        statuses.add(last.status());
      }
      // The test server's limits: 3 free, the 4th starts a 5 s block (pom, mail.account).
      assertEquals(List.of(200, 200, 200, 200, 429), statuses, email);
      int seconds = Integer.parseInt(last.header("Retry-After"));
      assertTrue(seconds >= 1 && seconds <= 5, "429 says when to try again: " + seconds);
      assertTrue(
          last.text()
              .contains(
                  Bundle.formatted("throttle.message.error.wait", seconds, seconds == 1 ? 0 : 1)),
          last.body());
    }
    assertEquals(
        4, mails(known.getEmail(), "mail.subject.passwordReset").size(), "none once blocked");
  }

  @Test
  void anEmailChangeWaitsForTheLinkToTheNewAddressAndTellsTheOldOne() throws Exception {
    Account account = account("move");
    Account taken = account("taken");
    String newEmail = unique("moved");
    FacesClient me = signedIn(account);
    FacesClient other = signedIn(account);

    Page settings = me.get("/account/settings");
    assertEquals(200, settings.status());
    Page wrong =
        me.postback(
            settings, "email", Map.of("newEmail", newEmail, "password", "not-it"), "submit");
    assertTrue(
        wrong.text().contains(Bundle.text("account_settings.message.error.wrongPassword")),
        wrong.body());
    Page used =
        me.postback(
            settings,
            "email",
            Map.of("newEmail", taken.getEmail(), "password", PASSWORD),
            "submit");
    assertTrue(
        used.text()
            .contains(Bundle.text("account_settings.message.info.emailLinkSent", taken.getEmail())),
        "the same answer for a used address: " + used.body());
    Page sent =
        me.postback(
            settings, "email", Map.of("newEmail", newEmail, "password", PASSWORD), "submit");
    assertTrue(
        sent.text().contains(Bundle.text("account_settings.message.info.emailLinkSent", newEmail)));
    assertEquals(0, mails(taken.getEmail(), "mail.subject.changeEmail").size(), "no link there");
    String link = link(only(mails(newEmail, "mail.subject.changeEmail")), "/confirm-email?token=");
    assertEquals(account.getEmail(), accounts.find(account.getId()).orElseThrow().getEmail());

    FacesClient elsewhere = new FacesClient(base);
    Page confirm = elsewhere.get(link);
    Page confirmed = elsewhere.postback(confirm, "confirm", Map.of(), "submit");
    assertEquals(302, confirmed.status(), confirmed.body());
    assertTrue(
        elsewhere
            .get("/login")
            .text()
            .contains(Bundle.text("confirm_email.message.info.done", newEmail)));

    assertEquals(newEmail, accounts.find(account.getId()).orElseThrow().getEmail());
    assertEquals(302, other.get("/patient/index").status(), "one signs in with the email");
    assertEquals(302, me.get("/patient/index").status());
    assertEquals(200, new FacesClient(base).login(account.getEmail(), PASSWORD).status());
    assertEquals(302, new FacesClient(base).login(newEmail, PASSWORD).status());
    Outbox.Message told = only(mails(account.getEmail(), "mail.subject.emailChanged"));
    assertTrue(told.body().contains(newEmail), told.body());
    assertTrue(invalid(elsewhere.get(link)), "a link works once");
  }

  @Test
  void anAdminSendsAResetLinkByEmail() throws Exception {
    Account admin = account("admin", Role.ADMIN);
    Account patient = account("patient");
    TestCaller.as(admin);
    assertTrue(credentials.adminReset(admin.getId(), patient.getId()).isEmpty(), "nothing shown");
    TestCaller.clear();
    String link =
        link(only(mails(patient.getEmail(), "mail.subject.passwordReset")), "/reset-password");
    assertTrue(new FacesClient(base).get(link).body().contains("id=\"reset:password\""));
  }

  @Test
  void theNewServicesCheckWhoIsAsking() throws Exception {
    Account patient = account("p");
    Account other = account("o");
    Account admin = account("a", Role.ADMIN);

    TestCaller.as(patient);
    denied(() -> credentials.changePassword(other.getId(), PASSWORD, NEW_PASSWORD, null));
    denied(() -> credentials.changeEmail(other.getId(), PASSWORD, unique("x"), null));
    denied(() -> accounts.setLanguage(other.getId(), "fr"));
    denied(() -> credentials.adminReset(patient.getId(), other.getId()));
    denied(() -> outboxService.count(""));
    assertDoesNotThrow(() -> accounts.setLanguage(patient.getId(), "fr"));
    assertEquals("fr", accounts.find(patient.getId()).orElseThrow().getLanguage());

    TestCaller.as(admin);
    denied(() -> credentials.adminReset(other.getId(), patient.getId()));
    assertDoesNotThrow(() -> outboxService.count(""));

    TestCaller.nobody();
    denied(() -> outboxService.page("", 0, 10));
    denied(() -> credentials.changePassword(patient.getId(), PASSWORD, NEW_PASSWORD, null));
    assertDoesNotThrow(() -> credentials.requestReset(unique("open"), null, Locale.ENGLISH));
    assertDoesNotThrow(() -> credentials.linkWorks(AccountToken.Purpose.RESET_PASSWORD, "x"));
  }

  // ---------------------------------------------------------------------------------------------

  private Page resetRequest(FacesClient client, String email) {
    return client.postback(
        client.get("/forgot-password"), "forgot", Map.of("email", email), "submit");
  }

  /** The messages area of a page, as text. */
  private static String messages(Page page) {
    Matcher m =
        Pattern.compile("<div id=\"messages\".*?</div>\\s*</div>", Pattern.DOTALL)
            .matcher(page.body());
    assertTrue(m.find(), page.body());
    return m.group();
  }

  /** The page shows that its link does not work. */
  private static boolean invalid(Page page) {
    return page.status() == 200 && page.body().contains("id=\"invalid-link\"");
  }

  /**
   * Messages to exactly {@code email} whose subject is that of {@code subjectKey}, newest first.
   */
  private List<Outbox.Message> mails(String email, String subjectKey) {
    String subject = Bundle.text(subjectKey);
    return outbox.page(email, 0, 100).stream()
        .filter(m -> m.to().equals(email))
        .filter(m -> m.subject().equals(subject))
        .toList();
  }

  private static Outbox.Message only(List<Outbox.Message> mails) {
    assertEquals(1, mails.size(), mails::toString);
    return mails.get(0);
  }

  private static String link(Outbox.Message mail, String page) {
    Matcher m =
        Pattern.compile("https?://\\S*" + Pattern.quote(page) + "\\S*").matcher(mail.body());
    assertTrue(m.find(), "no link to " + page + " in:\n" + mail.body());
    return m.group();
  }

  private FacesClient signedIn(Account account) {
    FacesClient client = new FacesClient(base);
    assertEquals(302, client.login(account.getEmail(), PASSWORD).status());
    assertEquals(200, client.get("/patient/index").status());
    return client;
  }

  private Account account(String prefix) throws Exception {
    return account(prefix, Role.PATIENT);
  }

  private Account account(String prefix, Role role) throws Exception {
    return accounts.register(unique(prefix), prefix + " Person", PASSWORD, role);
  }

  private static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
  }

  private static void denied(Executable call) {
    assertThrows(AccessDeniedException.class, call);
  }
}
