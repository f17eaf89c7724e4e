package org.painwise.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.painwise.testsupport.FacesClient;
import org.painwise.testsupport.FacesClient.Page;
import org.painwise.testsupport.TestServer;

/**
 * Black-box: the security headers of every kind of response, no client window id in any URL, links
 * and redirects that ignore a forged {@code Host}, and {@code Secure} cookies with HSTS only when a
 * trusted proxy says the request came over HTTPS. The test server trusts the loopback address as a
 * proxy and has the tests' own origin as its public base URL (the pom's {@code start-test-server}).
 */
class SecurityHeadersIT {

  private static final String PASSWORD = "a-good-password";
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");

  private final URL base = TestServer.url();
  private final URI root = URI.create(base.toExternalForm());
  private final String origin = root.getScheme() + "://" + root.getAuthority();

  @Test
  void everyKindOfResponseCarriesTheSecurityHeaders() {
    Http http = new Http();
    Map<String, HttpResponse<String>> responses = new LinkedHashMap<>();
    responses.put("a page", http.get("login"));
    responses.put("a static file", http.get("robots.txt"));
    responses.put("a Faces resource", http.get("jakarta.faces.resource/painwise/js/app.js.xhtml"));
    responses.put("a 404", http.get("no-such-page-" + System.nanoTime()));
    responses.put("the login redirect", http.get("patient/index"));
    HttpResponse<String> login = responses.get("a page");
    responses.put(
        "an error page (a forged view state)",
        http.post(
            "login",
            form(
                Map.of(
                    "login", "login",
                    "login:email", "nobody@example.org",
                    "login:password", "x",
                    "login:submit", "submit",
                    "jakarta.faces.ViewState", "forged-" + System.nanoTime()))));

    responses.put(
        "a cross-site post (refused by the CSRF guard)",
        http.post(
            "login",
            form(Map.of("login", "login", "jakarta.faces.ViewState", "stateless")),
            "https://evil.example"));

    assertEquals(200, login.statusCode());
    assertEquals(200, responses.get("a static file").statusCode());
    assertEquals(200, responses.get("a Faces resource").statusCode());
    assertEquals(404, responses.get("a 404").statusCode());
    assertEquals(403, responses.get("a cross-site post (refused by the CSRF guard)").statusCode());
    assertEquals(400, responses.get("an error page (a forged view state)").statusCode());
    assertTrue(isRedirect(responses.get("the login redirect")));
    responses.forEach((what, response) -> assertSecurityHeaders(what, response));
    assertTrue(
        csp(login).contains("'nonce-"), "a page's scripts run by PrimeFaces' nonce: " + csp(login));
  }

  @Test
  void noRenderedUrlCarriesAClientWindowId() {
    FacesClient client = new FacesClient(base);
    String email = FacesClient.uniqueEmail("jfwid");
    client.signUp("Win Dow", email, PASSWORD);
    Page loggedIn = client.login(email, PASSWORD);
    assertTrue(loggedIn.isRedirect(), "signed in");
    assertFalse(loggedIn.location().contains("jfwid"), loggedIn.location());
    for (String path :
        List.of("/", "/login", "/signup", "/patient/index", "/lessons/index", "/patient/account")) {
      Page page = client.open(path);
      assertEquals(200, page.status(), path);
      assertFalse(page.body().contains("jfwid"), path + " carries a client window id");
    }
  }

  @Test
  void aForgedHostNeverReachesARedirect() {
    Raw redirect = raw("GET", "patient/index", "evil.example", "", null);
    assertTrue(redirect.status() >= 300 && redirect.status() < 400, redirect.head());
    String location = redirect.header("Location").orElseThrow();
    assertFalse(location.contains("evil.example"), location);
    assertTrue(
        !location.contains("://") || location.startsWith(origin + "/"),
        "a redirect on the public base URL: " + location);
  }

  @Test
  void aForgedHostNeverReachesAnInvitationLink() {
    FacesClient therapist = new FacesClient(base);
    assertTrue(therapist.login("therapist@painwise.test", "painwise-demo").isRedirect());
    Page form = therapist.get("/therapist/invitations");
    String cookies =
        therapist.cookies().stream()
            .map(c -> c.getName() + "=" + c.getValue())
            .collect(Collectors.joining("; "));

    Raw created =
        raw(
            "POST",
            "therapist/invitations",
            "evil.example",
            cookies,
            form(
                Map.of(
                    "invite", "invite",
                    "invite:days", "14",
                    "invite:create", "create",
                    "jakarta.faces.ViewState", form.viewState())));

    assertEquals(200, created.status(), created.head());
    Matcher link = Pattern.compile("id=\"new-link\"[^>]*>([^<]*)<").matcher(created.body());
    assertTrue(link.find(), "the new invitation's link is on the page:\n" + created.body());
    assertFalse(link.group(1).contains("evil.example"), link.group(1));
    assertTrue(
        link.group(1).startsWith(origin + root.getPath() + "signup?invite="),
        "the link is on the public base URL: " + link.group(1));
  }

  @Test
  void cookiesAreSecureAndHstsIsSentOnlyWhenATrustedProxySaysHttps() {
    String email = FacesClient.uniqueEmail("secure");
    new FacesClient(base).signUp("Sec Ure", email, PASSWORD);

    HttpResponse<String> plain = new Http().login(email);
    HttpResponse<String> forwarded = new Http("X-Forwarded-Proto", "https").login(email);

    assertTrue(isRedirect(plain) && isRedirect(forwarded), "both signed in");
    List<String> plainCookies = plain.headers().allValues("Set-Cookie");
    List<String> forwardedCookies = forwarded.headers().allValues("Set-Cookie");
    assertFalse(plainCookies.isEmpty(), "the session id changes at login");
    assertFalse(forwardedCookies.isEmpty(), "the session id changes at login");
    plainCookies.forEach(c -> assertFalse(secure(c), "plain HTTP: " + c));
    forwardedCookies.forEach(c -> assertTrue(secure(c), "HTTPS through the proxy: " + c));
    assertTrue(plain.headers().firstValue("Strict-Transport-Security").isEmpty());
    assertTrue(
        forwarded.headers().firstValue("Strict-Transport-Security").orElse("").contains("max-age="),
        "HSTS over HTTPS");
    // A proxy that says plain HTTP changes nothing.
    HttpResponse<String> notHttps = new Http("X-Forwarded-Proto", "http").get("login");
    assertTrue(notHttps.headers().firstValue("Strict-Transport-Security").isEmpty());
  }

  private static void assertSecurityHeaders(String what, HttpResponse<String> response) {
    HttpHeaders headers = response.headers();
    List<String> policies = headers.allValues("Content-Security-Policy");
    assertEquals(1, policies.size(), what + ": one Content-Security-Policy, got " + policies);
    String policy = policies.get(0);
    assertTrue(policy.contains("frame-ancestors 'none'"), what + ": " + policy);
    assertTrue(policy.contains("object-src 'none'"), what + ": " + policy);
    String scripts = directive(policy, "script-src");
    assertTrue(scripts.contains("'self'"), what + ": " + policy);
    assertFalse(scripts.contains("'unsafe-inline'"), what + ": " + policy);
    assertFalse(scripts.contains("'unsafe-eval'"), what + ": " + policy);
    assertEquals(Optional.of("nosniff"), headers.firstValue("X-Content-Type-Options"), what);
    assertEquals(Optional.of("DENY"), headers.firstValue("X-Frame-Options"), what);
    assertEquals(
        Optional.of("strict-origin-when-cross-origin"),
        headers.firstValue("Referrer-Policy"),
        what);
    assertTrue(headers.firstValue("Permissions-Policy").orElse("").contains("camera=()"), what);
  }

  private static String csp(HttpResponse<String> response) {
    return response.headers().firstValue("Content-Security-Policy").orElse("");
  }

  /** One directive of a policy, e.g. {@code script-src 'self' 'nonce-…'}; empty if absent. */
  private static String directive(String policy, String name) {
    for (String part : policy.split(";")) {
      if (part.trim().startsWith(name + " ")) {
        return part.trim();
      }
    }
    return "";
  }

  private static boolean secure(String setCookie) {
    return List.of(setCookie.split(";")).stream()
        .map(String::trim)
        .anyMatch(a -> a.equalsIgnoreCase("Secure"));
  }

  private static boolean isRedirect(HttpResponse<String> response) {
    return response.statusCode() >= 300 && response.statusCode() < 400;
  }

  private static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  /** A java.net.http client with cookies, no redirects, and extra headers on every request. */
  private final class Http {

    private final HttpClient client =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final String[] headers;

    Http(String... headers) {
      this.headers = headers;
    }

    HttpResponse<String> get(String path) {
      return send(request(path).GET());
    }

    /** A form post from one of the site's own pages: a browser sends the page's Origin. */
    HttpResponse<String> post(String path, String body) {
      return post(path, body, origin);
    }

    HttpResponse<String> post(String path, String body, String from) {
      return send(
          request(path)
              .header("Content-Type", "application/x-www-form-urlencoded")
              .header("Origin", from)
              .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Signs in through the login form; the answer to the form post. */
    HttpResponse<String> login(String email) {
      HttpResponse<String> page = get("login");
      Matcher state = VIEW_STATE.matcher(page.body());
      assertTrue(state.find(), "a view state on the login page");
      return post(
          "login",
          form(
              Map.of(
                  "login",
                  "login",
                  "login:email",
                  email,
                  "login:password",
                  PASSWORD,
                  "login:submit",
                  "submit",
                  "jakarta.faces.ViewState",
                  state.group(1).replace("&#58;", ":").replace("&amp;", "&"))));
    }

    private HttpRequest.Builder request(String path) {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(root.resolve(path)).timeout(Duration.ofSeconds(60));
      if (headers.length > 0) {
        request.headers(headers);
      }
      return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
      try {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /** A raw HTTP/1.0 answer: java.net.http does not let a test set the Host header. */
  private record Raw(int status, String head, String body) {

    Optional<String> header(String name) {
      for (String line : head.split("\r\n")) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
          return Optional.of(line.substring(colon + 1).trim());
        }
      }
      return Optional.empty();
    }
  }

  /** Sends one request over a plain socket with this {@code Host}, and reads the whole answer. */
  private Raw raw(String method, String path, String host, String cookies, String body) {
    int port = root.getPort() < 0 ? 80 : root.getPort();
    StringBuilder request = new StringBuilder();
    request.append(method).append(' ').append(root.getPath()).append(path).append(" HTTP/1.0\r\n");
    request.append("Host: ").append(host).append("\r\n");
    if (!cookies.isEmpty()) {
      request.append("Cookie: ").append(cookies).append("\r\n");
    }
    byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    if (body != null) {
      // The Origin a browser sends from the site's own page: the public base URL, whatever Host
      // the request carries (the CSRF guard compares it with that URL, never with the Host).
      request.append("Origin: ").append(origin).append("\r\n");
      request.append("Content-Type: application/x-www-form-urlencoded\r\n");
      request.append("Content-Length: ").append(content.length).append("\r\n");
    }
    request.append("Connection: close\r\n\r\n");
    try (Socket socket = new Socket(root.getHost(), port)) {
      socket.setSoTimeout(60_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(content);
      out.flush();
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      InputStream in = socket.getInputStream();
      in.transferTo(answer);
      String text = answer.toString(StandardCharsets.UTF_8);
      int end = text.indexOf("\r\n\r\n");
      String head = end < 0 ? text : text.substring(0, end);
      String rest = end < 0 ? "" : text.substring(end + 4);
      int status = Integer.parseInt(head.split(" ", 3)[1]);
      return new Raw(status, head, rest);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
