package org.painwise.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.painwise.testsupport.Bundle;
import org.painwise.testsupport.FacesClient;
import org.painwise.testsupport.FacesClient.Page;
import org.painwise.testsupport.TestServer;

/**
 * Failed sign-ins and sign-ups are throttled per account and per client address, over HTTP.
 *
 * <p>The test server's limits are small (the pom's {@code start-test-server} {@code javaOpts}): per
 * account 3 free failures, per address 6 free sign-in failures and 3 free sign-ups, then a block of
 * 5 s, doubling up to 10 s, counts over after a minute. Loopback is exempt from the per-address
 * limits there, so the other tests can sign in thousands of accounts; this test speaks for other
 * clients through {@code X-Forwarded-For}, which the test server trusts from loopback only. Each
 * test has its own random address in 198.18.0.0/15 (the benchmarking range).
 */
class ThrottleIT {

  private static final String PASSWORD = "a-good-password";
  private static final int ACCOUNT_FREE = 3;
  private static final int ADDRESS_FREE = 6;
  private static final int SIGNUP_ADDRESS_FREE = 3;
  private static final int CAP_SECONDS = 10;

  private final URL base = TestServer.url();

  @Test
  void wrongPasswordsForOneAccountAreThrottledAndASuccessAfterTheBlockResetsTheCount()
      throws InterruptedException {
    String address = randomAddress();
    String email = signedUp("throttle-account");

    for (int i = 1; i <= ACCOUNT_FREE; i++) {
      assertFailed(from(address).login(email, "wrong-password-" + i), "free failure " + i);
    }
    Page blocked = from(address).login(email, "wrong-password-4");
    int retryAfter = assertThrottled(blocked, "the failure past the free ones");

    Page rightDuringBlock = from(address).login(email, PASSWORD);
    assertThrottled(rightDuringBlock, "the right password during the block");
    Page fromElsewhere = from(randomAddress()).login(email, PASSWORD);
    assertThrottled(fromElsewhere, "the account is blocked from every address");

    Thread.sleep(retryAfter * 1000L + 500);
    FacesClient user = from(address);
    Page signedIn = user.login(email, PASSWORD);
    assertEquals(302, signedIn.status(), "after the block the right password works");
    assertTrue(signedIn.location().endsWith("/patient/index"), signedIn.location());
    assertEquals(200, user.get("/patient/index").status());

    // From a fresh address, so that only the account's count is at stake.
    String next = randomAddress();
    for (int i = 1; i <= ACCOUNT_FREE; i++) {
      assertFailed(
          from(next).login(email, "wrong-again-" + i),
          "the success reset the count: free failure " + i + " again");
    }
  }

  @Test
  void anotherAccountFromTheSameAddressIsNotLockedOutByTheFirstOnesFailures() {
    String address = randomAddress();
    String attacked = signedUp("throttle-attacked");
    String neighbour = signedUp("throttle-neighbour");

    for (int i = 1; i <= ACCOUNT_FREE; i++) {
      assertFailed(from(address).login(attacked, "guess-" + i), "free failure " + i);
    }
    assertThrottled(from(address).login(attacked, "guess-4"), "the attacked account");

    Page other = from(address).login(neighbour, PASSWORD);
    assertEquals(302, other.status(), "the neighbour signs in from the same address");
    assertTrue(other.location().endsWith("/patient/index"), other.location());
  }

  @Test
  void manyFailuresFromOneAddressAreThrottledWhateverTheAccount() {
    String address = randomAddress();
    String real = signedUp("throttle-real");

    for (int i = 1; i <= ADDRESS_FREE; i++) {
      assertFailed(
          from(address).login(FacesClient.uniqueEmail("guess"), "guess"), "free failure " + i);
    }
    assertThrottled(
        from(address).login(FacesClient.uniqueEmail("guess"), "guess"), "the address is blocked");
    assertThrottled(from(address).login(real, PASSWORD), "even a right password from there");

    Page elsewhere = from(randomAddress()).login(real, PASSWORD);
    assertEquals(302, elsewhere.status(), "the account itself is not blocked");
  }

  @Test
  void signUpsFromOneAddressBeyondTheLimitAreThrottledAndSaveNothing() {
    String address = randomAddress();
    // Every sign-up counts; the one past the free ones is still made, and blocks the next.
    for (int i = 1; i <= SIGNUP_ADDRESS_FREE + 1; i++) {
      Page made = from(address).signUp("Sign Up " + i, FacesClient.uniqueEmail("burst"), PASSWORD);
      assertTrue(made.isRedirect(), "sign-up " + i + " answered " + made.status());
    }
    String refusedEmail = FacesClient.uniqueEmail("burst-refused");
    Page refused = from(address).signUp("Refused", refusedEmail, PASSWORD);
    assertThrottled(refused, "the sign-up past the limit");

    Page elsewhere =
        from(randomAddress()).signUp("Elsewhere", FacesClient.uniqueEmail("burst-other"), PASSWORD);
    assertTrue(elsewhere.isRedirect(), "another address signs up: " + elsewhere.status());
    Page login = new FacesClient(base).login(refusedEmail, PASSWORD);
    assertFailed(login, "the refused sign-up made no account");
  }

  @Test
  void aUsedEmailAnswersTheSameGenericMessageOnceThrottled() {
    String used = signedUp("throttle-used");
    FacesClient loopback = new FacesClient(base);
    for (int i = 1; i <= ACCOUNT_FREE; i++) {
      Page again = loopback.signUp("Again " + i, used, PASSWORD);
      assertEquals(200, again.status(), "refused sign-up " + i);
      assertFalse(again.isRedirect());
    }
    assertEquals(200, loopback.signUp("Again 4", used, PASSWORD).status(), "starts the block");
    assertThrottled(
        loopback.signUp("Again 5", used, PASSWORD), "the email is throttled, from loopback too");
  }

  /** A patient account made from loopback (no per-address limit on the test server). */
  private String signedUp(String prefix) {
    String email = FacesClient.uniqueEmail(prefix);
    assertTrue(new FacesClient(base).signUp("Tess Throttle", email, PASSWORD).isRedirect());
    return email;
  }

  /** A client that the test server takes for {@code address} (forwarded by a trusted proxy). */
  private FacesClient from(String address) {
    return new FacesClient(base, "X-Forwarded-For", address);
  }

  private static String randomAddress() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return "198."
        + (18 + random.nextInt(2))
        + "."
        + random.nextInt(256)
        + "."
        + random.nextInt(256);
  }

  private static void assertFailed(Page page, String what) {
    assertEquals(200, page.status(), what + ": stays on the login page");
    assertTrue(
        page.body().contains(Bundle.text("login.message.error.failed")),
        what + ": the generic failure message");
    assertFalse(showsWait(page), what + ": not throttled");
  }

  /** The 429 answer with its Retry-After and the generic message; returns the wait in seconds. */
  private static int assertThrottled(Page page, String what) {
    assertEquals(429, page.status(), what + ": too many requests");
    String retryAfter = page.header("Retry-After");
    assertNotNull(retryAfter, what + ": Retry-After");
    int seconds = Integer.parseInt(retryAfter);
    assertTrue(seconds >= 1 && seconds <= CAP_SECONDS, what + ": Retry-After " + seconds);
    assertTrue(showsWait(page), what + ": the generic throttle message\n" + page.body());
    assertFalse(
        page.body().contains(Bundle.text("signup.message.error.emailUsed")),
        what + ": no hint whether the email is used");
    FacesClient.assertNoStackTrace(page);
    return seconds;
  }

  /** Whether the page shows the throttle message with some wait (under a minute here). */
  private static boolean showsWait(Page page) {
    return IntStream.rangeClosed(1, 59)
        .anyMatch(
            s ->
                page.body()
                    .contains(Bundle.formatted("throttle.message.error.wait", s, s == 1 ? 0 : 1)));
  }
}
