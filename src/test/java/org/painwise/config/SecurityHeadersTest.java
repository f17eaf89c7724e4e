package org.painwise.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

  private final PublicBaseUrl pub = new PublicBaseUrl("https://painwise.example.org");

  @Test
  void aRedirectBuiltFromTheHostHeaderMovesToThePublicBaseUrl() {
    assertEquals(
        "https://painwise.example.org/app/login?x=1",
        SecurityHeaders.publicLocation("http://evil.example/app/login?x=1", "evil.example", pub));
    assertEquals(
        "https://painwise.example.org/app/login",
        SecurityHeaders.publicLocation(
            "http://evil.example:8080/app/login", "EVIL.example:8080", pub));
  }

  @Test
  void otherLocationsStayAsTheyAre() {
    assertEquals("/app/login", SecurityHeaders.publicLocation("/app/login", "evil.example", pub));
    assertEquals(
        "https://elsewhere.org/x",
        SecurityHeaders.publicLocation("https://elsewhere.org/x", "evil.example", pub));
  }

  @Test
  void onlyATrustedProxyMakesARequestHttps() throws Exception {
    TrustedProxies loopback = new TrustedProxies("127.0.0.1, ::1");
    InetAddress local = InetAddress.getByName("127.0.0.1");
    InetAddress other = InetAddress.getByName("192.0.2.7");
    assertTrue(loopback.forwardedHttps(local, "https"));
    assertTrue(loopback.forwardedHttps(InetAddress.getByName("::1"), "HTTPS, http"));
    assertFalse(loopback.forwardedHttps(local, "http"));
    assertFalse(loopback.forwardedHttps(local, null));
    assertFalse(loopback.forwardedHttps(other, "https"));
    assertFalse(new TrustedProxies("").forwardedHttps(local, "https"), "none by default");
    assertThrows(IllegalArgumentException.class, () -> new TrustedProxies("proxy.example"));
  }

  @Test
  void thePublicBaseUrlKeepsOnlyItsOrigin() {
    assertEquals(
        "https://painwise.example.org/ctx/signup?invite=AB",
        new PublicBaseUrl("https://painwise.example.org/").of("/ctx", "/signup?invite=AB"));
    assertEquals("http://127.0.0.1:8080", new PublicBaseUrl("http://127.0.0.1:8080").origin());
    assertThrows(IllegalArgumentException.class, () -> new PublicBaseUrl("evil.example"));
  }
}
