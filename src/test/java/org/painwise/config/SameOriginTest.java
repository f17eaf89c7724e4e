package org.painwise.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The CSRF origin rule of {@link RequestGuard}, and the helpers of the request checks. */
class SameOriginTest {

  private static final String HOST = "127.0.0.1:8080";

  @Test
  void anOriginOfThisSiteIsAccepted() {
    assertTrue(SameOrigin.allowed("http://127.0.0.1:8080", null, "http", HOST, null));
    assertTrue(
        SameOrigin.allowed("HTTP://LocalHost", null, "http", "localhost", null),
        "case and the default port do not matter");
    assertTrue(
        SameOrigin.allowed(
            "https://painwise.example", null, "https", "painwise.example:443", null));
  }

  @Test
  void anotherSiteOrNoProofAtAllIsRefused() {
    assertFalse(SameOrigin.allowed("https://evil.example", null, "http", HOST, null));
    assertFalse(SameOrigin.allowed("http://127.0.0.1:8081", null, "http", HOST, null), "port");
    assertFalse(SameOrigin.allowed("https://127.0.0.1:8080", null, "http", HOST, null), "scheme");
    assertFalse(SameOrigin.allowed("null", null, "http", HOST, null), "an opaque origin");
    assertFalse(SameOrigin.allowed(null, null, "http", HOST, null), "neither header");
    assertFalse(
        SameOrigin.allowed("http://127.0.0.1:8080@evil.example", null, "http", HOST, null),
        "user info");
    assertFalse(
        SameOrigin.allowed(
            "https://evil.example", "http://127.0.0.1:8080/login", "http", HOST, null),
        "an Origin header wins over the Referer");
  }

  @Test
  void withoutAnOriginTheRefererDecides() {
    assertTrue(SameOrigin.allowed(null, "http://127.0.0.1:8080/app/login?x=1", "http", HOST, null));
    assertFalse(SameOrigin.allowed(null, "https://evil.example/page", "http", HOST, null));
    assertFalse(SameOrigin.allowed(null, "not a url", "http", HOST, null));
  }

  @Test
  void theConfiguredPublicBaseUrlWinsOverTheHostHeader() {
    String base = "https://painwise.example/app/";
    assertTrue(SameOrigin.allowed("https://painwise.example", null, "http", "evil.example", base));
    assertFalse(
        SameOrigin.allowed("https://evil.example", null, "http", "evil.example", base),
        "a forged Host header does not make another origin ours");
  }

  @Test
  void onlyJsonIsJson() {
    assertTrue(RequestGuard.isJson("application/json"));
    assertTrue(RequestGuard.isJson("Application/JSON; charset=UTF-8"));
    assertFalse(RequestGuard.isJson("text/plain"));
    assertFalse(RequestGuard.isJson("application/x-www-form-urlencoded"));
    assertFalse(RequestGuard.isJson(null));
  }

  @Test
  void undertowsLimitsAreRecognisedThroughTheirWrappers() {
    class ParameterLimitException extends Exception {}
    assertTrue(FormGuardFilter.tooLarge(new IllegalStateException(new ParameterLimitException())));
    assertFalse(FormGuardFilter.tooLarge(new IllegalStateException("something else")));
  }

  @Test
  void theRefusalPageSpeaksTheBrowsersLanguageAndEchoesNothing() {
    assertEquals(Locale.FRENCH, PlainAnswer.locale("fr-CA,fr;q=0.9,en;q=0.5"));
    assertEquals(Locale.ENGLISH, PlainAnswer.locale("de-DE"));
    assertEquals(Locale.ENGLISH, PlainAnswer.locale(";;;"));
    String page = PlainAnswer.html(PlainAnswer.REFUSED, "en", "/app/");
    assertTrue(page.contains("href=\"/app/\""), page);
    assertTrue(page.contains("<h1 id=\"refused\">"), page);
  }
}
