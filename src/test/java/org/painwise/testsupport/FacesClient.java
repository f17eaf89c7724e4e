package org.painwise.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A small HTTP client that behaves like a browser with a Faces form: it keeps cookies, reads the
 * view state of the page it got, and posts a form back with it. Like a browser, it sends the site's
 * own {@code Origin} with every request that is not a GET or HEAD ({@link #withOrigin} changes or
 * removes it, to play a page on another site). Redirects are not followed, so tests can see them.
 */
public final class FacesClient {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");

  private final URI base;
  private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  private final HttpClient http;
  private final String[] headers;

  /** The Origin header of unsafe requests; null sends none. */
  private String origin;

  /**
   * A client of the app at {@code base} that sends these header name/value pairs with every
   * request, e.g. {@code "X-Forwarded-For", "198.18.0.7"} to stand for a client behind a proxy.
   */
  public FacesClient(URL base, String... headers) {
    this.base = URI.create(base.toExternalForm().replaceAll("/$", ""));
    this.headers = headers.clone();
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    this.origin = origin();
  }

  /**
   * From now on, POSTs carry this {@code Origin} header (e.g. {@code https://evil.example}, as a
   * page on another site would make the browser send), or none when {@code origin} is null.
   */
  public FacesClient withOrigin(String origin) {
    this.origin = origin;
    return this;
  }

  /** One response: status, body, the Location header of a redirect, and all headers. */
  public record Page(int status, String body, String location, Map<String, List<String>> headers) {

    /** A header's first value (its name in any case), or null. */
    public String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .flatMap(e -> e.getValue().stream())
          .findFirst()
          .orElse(null);
    }

    /** The {@code Set-Cookie} headers of this response. */
    public List<String> setCookies() {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase("Set-Cookie"))
          .flatMap(e -> e.getValue().stream())
          .toList();
    }

    /** Whether this response set (made or replaced) a session cookie. */
    public boolean setsSessionCookie() {
      return setCookies().stream().anyMatch(c -> c.startsWith("JSESSIONID="));
    }

    public String viewState() {
      Matcher m = VIEW_STATE.matcher(body);
      if (!m.find()) {
        throw new AssertionError("No view state on the page:\n" + body);
      }
      return m.group(1).replace("&#58;", ":").replace("&amp;", "&");
    }

    public boolean isRedirect() {
      return status >= 300 && status < 400;
    }

    /**
     * The body with HTML character references turned back into characters ({@code &#8217;} into ’),
     * to look for a message whatever way the page wrote it.
     */
    public String text() {
      return unescape(body);
    }
  }

  /** HTML text back to plain text: the named references of markup and numeric ones. */
  public static String unescape(String html) {
    StringBuilder out = new StringBuilder();
    Matcher m = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);").matcher(html);
    while (m.find()) {
      String e = m.group(1);
      String c =
          switch (e) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            default ->
                new String(
                    Character.toChars(
                        e.startsWith("#x")
                            ? Integer.parseInt(e.substring(2), 16)
                            : Integer.parseInt(e.substring(1))));
          };
      m.appendReplacement(out, Matcher.quoteReplacement(c));
    }
    m.appendTail(out);
    return out.toString();
  }

  public Page get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET());
  }

  /** GETs the page and follows redirects within the app, as a browser would. */
  public Page open(String path) {
    Page page = get(path);
    for (int i = 0; i < 5 && page.isRedirect(); i++) {
      page = get(page.location());
    }
    return page;
  }

  /**
   * Posts form {@code formId} of {@code page} (found at {@code path}) with these fields (ids
   * without the form prefix) and presses {@code button}.
   */
  public Page submit(
      String path, Page page, String formId, Map<String, String> fields, String button) {
    return submitWithViewState(path, page.viewState(), formId, fields, button);
  }

  /**
   * Posts form {@code formId} back to the URL in its {@code action} attribute, as a browser does
   * after a forward or on an extensionless view.
   */
  public Page postback(Page page, String formId, Map<String, String> fields, String button) {
    Matcher m =
        Pattern.compile("<form id=\"" + Pattern.quote(formId) + "\"[^>]*action=\"([^\"]*)\"")
            .matcher(page.body());
    if (!m.find()) {
      throw new AssertionError("No form " + formId + " on the page:\n" + page.body());
    }
    String action = m.group(1).replace("&amp;", "&");
    // Like a browser, send the form's own hidden inputs along with the fields typed in.
    int start = m.start();
    int end = page.body().indexOf("</form>", start);
    String form = page.body().substring(start, end < 0 ? page.body().length() : end);
    Map<String, String> all = new LinkedHashMap<>();
    Matcher input = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>").matcher(form);
    while (input.find()) {
      String tag = input.group();
      Matcher name = Pattern.compile("name=\"([^\"]+)\"").matcher(tag);
      Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(tag);
      if (name.find()
          && !name.group(1).startsWith("jakarta.faces.")
          && !name.group(1).equals(formId)) {
        all.put(name.group(1), value.find() ? value.group(1).replace("&amp;", "&") : "");
      }
    }
    return submitWithViewState(origin() + action, page.viewState(), formId, fields, button, all);
  }

  private String origin() {
    return base.getScheme() + "://" + base.getAuthority();
  }

  public Page submitWithViewState(
      String path, String viewState, String formId, Map<String, String> fields, String button) {
    return submitWithViewState(path, viewState, formId, fields, button, Map.of());
  }

  private Page submitWithViewState(
      String path,
      String viewState,
      String formId,
      Map<String, String> fields,
      String button,
      Map<String, String> hidden) {
    Map<String, String> form = new LinkedHashMap<>(hidden);
    form.put(formId, formId);
    fields.forEach((k, v) -> form.put(formId + ":" + k, v));
    form.put(formId + ":" + button, button);
    form.put("jakarta.faces.ViewState", viewState);
    String body =
        form.entrySet().stream()
            .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** Signs in through the login form; returns the response to the form post. */
  public Page login(String email, String password) {
    Page login = get("/login");
    return submit("/login", login, "login", Map.of("email", email, "password", password), "submit");
  }

  /** Creates a patient account through the sign-up form. */
  public Page signUp(String name, String email, String password) {
    Page signup = get("/signup");
    return submit(
        "/signup",
        signup,
        "signup",
        Map.of("name", name, "email", email, "password", password),
        "submit");
  }

  /** Signs out with the layout's sign-out form of {@code anyPageWithLogoutForm}. */
  public Page logout(Page anyPageWithLogoutForm, String path) {
    return signOut(anyPageWithLogoutForm);
  }

  /**
   * Posts the layout's sign-out form ({@code #logoutForm}) of this page to its action, with its
   * hidden fields, as a browser does when "Sign out" is pressed.
   */
  public Page signOut(Page page) {
    Matcher m =
        Pattern.compile("<form id=\"logoutForm\"[^>]*action=\"([^\"]*)\"").matcher(page.body());
    if (!m.find()) {
      throw new AssertionError("No sign-out form on the page:\n" + page.body());
    }
    String action = m.group(1).replace("&amp;", "&");
    int end = page.body().indexOf("</form>", m.start());
    String form = page.body().substring(m.start(), end < 0 ? page.body().length() : end);
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher input = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>").matcher(form);
    while (input.find()) {
      Matcher name = Pattern.compile("name=\"([^\"]+)\"").matcher(input.group());
      Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(input.group());
      if (name.find()) {
        fields.put(name.group(1), value.find() ? value.group(1).replace("&amp;", "&") : "");
      }
    }
    String body =
        fields.entrySet().stream()
            .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(uri(action.startsWith("/") ? origin() + action : action))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  public List<HttpCookie> cookies() {
    return cookies.getCookieStore().getCookies();
  }

  public String sessionId() {
    return cookies().stream()
        .filter(c -> c.getName().equals("JSESSIONID"))
        .map(HttpCookie::getValue)
        .findFirst()
        .orElse(null);
  }

  /** A path within the app, or an absolute URL such as a redirect's Location. */
  private URI uri(String path) {
    return path.startsWith("http") ? URI.create(path) : URI.create(base + path);
  }

  /** An empty POST to a path, with header name/value pairs (e.g. a REST call of a page script). */
  public Page post(String path, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.noBody());
    if (headers.length > 0) {
      request.headers(headers);
    }
    return send(request);
  }

  /**
   * Posts a URL-encoded body as it is (e.g. a forged or oversized form), with header name/value
   * pairs.
   */
  public Page postForm(String path, String body, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return send(request);
  }

  /**
   * Sends any request with this client's cookies (e.g. a REST call in the signed-in session), and
   * with this client's {@code Origin} when it is not a GET or HEAD and names none itself.
   */
  public Page send(HttpRequest.Builder builder) {
    if (headers.length > 0) {
      builder.headers(headers);
    }
    HttpRequest request = builder.timeout(Duration.ofSeconds(60)).build();
    boolean unsafe = !List.of("GET", "HEAD").contains(request.method());
    if (unsafe && origin != null && request.headers().firstValue("Origin").isEmpty()) {
      request =
          HttpRequest.newBuilder(request, (name, value) -> true).header("Origin", origin).build();
    }
    try {
      HttpResponse<String> response =
          http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Page(
          response.statusCode(),
          response.body(),
          response.headers().firstValue("Location").orElse(null),
          response.headers().map());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** Fails when a page shows a Java stack trace or exception message to the user. */
  public static void assertNoStackTrace(Page page) {
    for (String marker : List.of(".java:", "Caused by", "\tat ", "Stack trace")) {
      if (page.body().contains(marker)) {
        throw new AssertionError("The page shows a stack trace (" + marker + "):\n" + page.body());
      }
    }
  }

  /** A fresh, unique email for one test, so tests never depend on each other. */
  public static String uniqueEmail(String prefix) {
    return prefix + "-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@example.org";
  }
}
