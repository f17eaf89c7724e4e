import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs bench accounts in through the real Faces login form (GET /login for the view state, then
 * the POST), in parallel, and optionally opens pages in each new session: session n takes line
 * n (in turn) of PATHS_FILE, which holds one or more paths separated by spaces, each opened with a
 * GET that must answer 200. Writes the JSESSIONID of each session, one a line, for wrk.
 *
 * <pre>
 * BenchClient login BASE_URL EMAIL_FORMAT FIRST COUNT PASSWORD PARALLEL OUT_FILE [PATHS_FILE]
 * </pre>
 *
 * EMAIL_FORMAT is a {@link String#format} pattern such as {@code bench-patient-%d@painwise.test}.
 * Exits with 1 when any session could not be made, after saying why for the first few.
 */
public final class BenchClient {

  private static final Pattern VIEW_STATE = Pattern.compile(
      "name=\"jakarta\\.faces\\.ViewState\"[^>]*?value=\"([^\"]+)\"");
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final HttpClient http = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .followRedirects(HttpClient.Redirect.NEVER)
      .connectTimeout(TIMEOUT)
      .build();
  private final String base;
  /** Pages opened that carried a Faces view state (a form, so a view kept in the session). */
  private final AtomicInteger pagesWithViewState = new AtomicInteger();
  private final AtomicInteger pagesOpened = new AtomicInteger();

  private BenchClient(String base) {
    this.base = base.replaceAll("/$", "");
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 8 || !args[0].equals("login")) {
      System.err.println("usage: BenchClient login BASE_URL EMAIL_FORMAT FIRST COUNT PASSWORD"
          + " PARALLEL OUT_FILE [PATHS_FILE]");
      System.exit(2);
    }
    BenchClient client = new BenchClient(args[1]);
    String emailFormat = args[2];
    int first = Integer.parseInt(args[3]);
    int count = Integer.parseInt(args[4]);
    String password = args[5];
    int parallel = Integer.parseInt(args[6]);
    Path out = Path.of(args[7]);
    List<String> paths = args.length > 8 ? lines(Path.of(args[8])) : List.of();

    String[] sessions = new String[count];
    AtomicInteger failures = new AtomicInteger();
    List<String> reasons = Collections.synchronizedList(new ArrayList<>());
    long start = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(parallel);
    for (int i = 0; i < count; i++) {
      int n = i;
      pool.execute(() -> {
        String email = String.format(emailFormat, first + n);
        List<String> open = paths.isEmpty() ? List.of()
            : List.of(paths.get(n % paths.size()).strip().split("\\s+"));
        try {
          sessions[n] = client.signIn(email, password, open);
        } catch (Exception | AssertionError e) {
          failures.incrementAndGet();
          if (reasons.size() < 5) {
            reasons.add(email + ": " + e.getMessage());
          }
        }
      });
    }
    pool.shutdown();
    if (!pool.awaitTermination(30, TimeUnit.MINUTES)) {
      pool.shutdownNow();
      failures.incrementAndGet();
      reasons.add("gave up after 30 minutes");
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    List<String> made = new ArrayList<>();
    for (String s : sessions) {
      if (s != null) {
        made.add(s);
      }
    }
    Files.write(out, made);
    System.err.printf("%d sessions in %.1f s (%.0f/s)%s, %d failed%n", made.size(), seconds,
        made.size() / seconds, paths.isEmpty() ? "" : String.format(" with %d pages opened, %d"
            + " of them with a view state", client.pagesOpened.get(),
            client.pagesWithViewState.get()), failures.get());
    reasons.forEach(r -> System.err.println("  " + r));
    System.exit(failures.get() == 0 ? 0 : 1);
  }

  /** Signs in, opens the pages, and returns the session id of the signed-in session. */
  private String signIn(String email, String password, List<String> paths)
      throws IOException, InterruptedException {
    HttpResponse<String> form = http.send(get("/login", null), HttpResponse.BodyHandlers.ofString());
    expect(form.statusCode() == 200, "GET /login answered " + form.statusCode());
    // The login page is stateless: it makes no session, the sign-in does.
    String session = cookieOrNull(form);
    Matcher viewState = VIEW_STATE.matcher(form.body());
    expect(viewState.find(), "no view state in the login page");

    String body = "login=login"
        + "&" + enc("login:email") + "=" + enc(email)
        + "&" + enc("login:password") + "=" + enc(password)
        + "&" + enc("login:submit") + "=" + enc("Sign in")
        + "&" + enc("jakarta.faces.ViewState") + "=" + enc(viewState.group(1));
    HttpRequest.Builder login = HttpRequest.newBuilder(URI.create(base + "/login"))
        .timeout(TIMEOUT)
        .header("Origin", origin())
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (session != null) {
      login.header("Cookie", "JSESSIONID=" + session);
    }
    HttpRequest post = login.build();
    HttpResponse<Void> answer = http.send(post, HttpResponse.BodyHandlers.discarding());
    String location = answer.headers().firstValue("Location").orElse("");
    expect(answer.statusCode() == 302 && !location.contains("/login"),
        "login answered " + answer.statusCode() + " " + location);
    session = cookie(answer, session);

    for (String path : paths) {
      HttpResponse<String> page = http.send(get(path, session), HttpResponse.BodyHandlers.ofString());
      expect(page.statusCode() == 200, "GET " + path + " answered " + page.statusCode());
      pagesOpened.incrementAndGet();
      if (VIEW_STATE.matcher(page.body()).find()) {
        pagesWithViewState.incrementAndGet();
      }
    }
    return session;
  }

  private HttpRequest get(String path, String session) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT);
    if (session != null) {
      request.header("Cookie", "JSESSIONID=" + session);
    }
    return request.GET().build();
  }

  /** The JSESSIONID that the response sets, or the one the client already had. */
  private static String cookie(HttpResponse<?> response, String current) {
    String set = cookieOrNull(response);
    expect(set != null || current != null, "no session cookie");
    return set != null ? set : current;
  }

  /** The JSESSIONID that the response sets, or null. */
  private static String cookieOrNull(HttpResponse<?> response) {
    for (String header : response.headers().allValues("Set-Cookie")) {
      if (header.startsWith("JSESSIONID=")) {
        int end = header.indexOf(';');
        return header.substring("JSESSIONID=".length(), end < 0 ? header.length() : end);
      }
    }
    return null;
  }

  /** The Origin a browser sends with a post from one of the app's pages. */
  private String origin() {
    URI uri = URI.create(base);
    return uri.getScheme() + "://" + uri.getRawAuthority();
  }

  private static void expect(boolean condition, String message) {
    if (!condition) {
      throw new AssertionError(message);
    }
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
