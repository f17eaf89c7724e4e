package org.painwise.testsupport;

import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.UnsupportedCommandException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium through Selenium, with axe-core and Content-Security-Policy checks on
 * every page checked, at two widths: the window's 1280 px and a 360 px phone, where nothing may be
 * wider than the screen. When Chromium is missing the browser tests are skipped, unless {@code
 * painwise.browser.required} is true (as in CI), when they fail instead.
 */
public final class Browser implements AutoCloseable {

  private static final File CHROMIUM = new File("/usr/bin/chromium");
  private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
  private static final List<String> WCAG_21_AA =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  /** axe-core itself, as the axe-core Selenium jar ships it. */
  private static final String AXE_SOURCE = axeSource();

  /**
   * Starts axe for the tags given as the first argument; when it ends, {@code window.pwAxe} holds
   * only the violations, each with its rule, impact, help text and failing nodes (selector and
   * summary), or a string when axe itself failed.
   */
  private static final String AXE_START =
      "window.pwAxe = null;"
          + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]},"
          + " resultTypes: ['violations']}).then(function (r) {"
          + "  window.pwAxe = r.violations.map(function (v) {"
          + "    return {id: v.id, impact: v.impact, help: v.help,"
          + "      nodes: v.nodes.map(function (n) {"
          + "        return {target: JSON.stringify(n.target), summary: n.failureSummary}; })}; });"
          + "}, function (e) { window.pwAxe = 'axe failed: ' + e; });";

  /** The window's width, and the phone width that every checked page is also checked at. */
  public static final int WIDE = 1280;

  public static final int NARROW = 360;

  private static final int NARROW_HEIGHT = 800;

  /**
   * The elements that reach past the right edge of the screen, deepest first (an element whose
   * child overflows is not named again), as "tag#id.class (right edge px)"; none on a page that
   * fits. A scrolling frame (a diagram, a dialog's content) hides what overflows inside it.
   */
  /**
   * The elements past the right edge of the screen. The screen is the layout viewport's width
   * ({@code clientWidth}): under phone emulation, {@code window.innerWidth} grows to the content's
   * width, as a phone zooms out to show a too-wide page, so a check against it could never fail
   * (BrowserChecksIT).
   */
  private static final String OVERFLOWING =
      "var w = document.documentElement.clientWidth, out = [];"
          + "if (document.scrollingElement.scrollWidth <= w) { return out; }"
          + "document.querySelectorAll('body *').forEach(function (e) {"
          + "  var r = e.getBoundingClientRect();"
          + "  if (r.width > 0 && r.right > w + 1"
          + "      && !Array.prototype.some.call(e.children, function (c) {"
          + "        return c.getBoundingClientRect().right > w + 1; })) {"
          + "    out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
          + "      + (typeof e.className === 'string' && e.className"
          + "          ? '.' + e.className.trim().split(/\\s+/).join('.') : '')"
          + "      + ' (' + Math.round(r.right) + ' px)');"
          + "  }"
          + "});"
          + "return out.length ? out.slice(0, 10)"
          + "  : ['the page (' + document.scrollingElement.scrollWidth + ' px)'];";

  /** Where the listener below keeps the violations, in the page origin's sessionStorage. */
  private static final String CSP_KEY = "painwise.cspViolations";

  private static final String CSP_LISTENER =
      "document.addEventListener('securitypolicyviolation', function (e) {"
          + "  var line = e.effectiveDirective + ' blocked '"
          + "    + (e.blockedURI || 'inline') + ' on ' + e.documentURI"
          + "    + (e.sourceFile ? ' (' + e.sourceFile + ':' + e.lineNumber + ')' : '')"
          + "    + (e.sample ? ' sample: ' + e.sample : '');"
          + "  try {"
          + "    var seen = JSON.parse(sessionStorage.getItem('"
          + CSP_KEY
          + "') || '[]');"
          + "    seen.push(line);"
          + "    sessionStorage.setItem('"
          + CSP_KEY
          + "', JSON.stringify(seen));"
          + "  } catch (ignored) { console.error('CSP violation: ' + line); }"
          + "});";

  private final WebDriver driver;
  private final String base;
  private final Path profile;

  /** The width the page is shown at now: {@link #WIDE} (the window's own) or an emulated one. */
  private int width = WIDE;

  /** Whether the page's clock is Chromium's virtual time (see {@link #letTimePass}). */
  private boolean virtualTime;

  private Browser(WebDriver driver, String base, Path profile) {
    this.driver = driver;
    this.base = base.replaceAll("/$", "");
    this.profile = profile;
  }

  /** Starts a fresh headless browser with an empty profile, in English. */
  public static Browser open(URL base) {
    return open(base, "en");
  }

  /**
   * Starts a fresh headless browser with an empty profile whose language is {@code language}
   * ("fr"): the interface language and the {@code Accept-Language} it sends, from which the app
   * takes the page's locale.
   */
  public static Browser open(URL base, String language) {
    if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
      if (Boolean.getBoolean("painwise.browser.required")) {
        fail("Chromium and chromedriver are required (apt-get install chromium chromium-driver)");
      }
      Assumptions.abort("Chromium is not installed: browser tests skipped");
    }
    try {
      Path profile = Files.createTempDirectory("painwise-chromium");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM);
      options.addArguments(
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--window-size=1280,900",
          "--lang=" + language,
          "--user-data-dir=" + profile);
      options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(CHROMEDRIVER)
              .usingAnyFreePort()
              .build();
      // The console too, where Chromium reports what a Content-Security-Policy refused.
      options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
      // Before any script of every page: note each CSP violation in the tab's sessionStorage, so
      // the ones of a page that a click has already left are still there to report.
      driver.executeCdpCommand(
          "Page.addScriptToEvaluateOnNewDocument", Map.of("source", CSP_LISTENER));
      return new Browser(driver, base.toExternalForm(), profile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public WebDriver driver() {
    return driver;
  }

  /**
   * Runs {@code source} at the start of every page opened from now on, before the page's own
   * scripts (as the CSP listener above does), e.g. a stand-in for a browser API that headless
   * Chromium lacks.
   */
  public void addScriptToEveryPage(String source) {
    ((org.openqa.selenium.chromium.HasCdp) driver)
        .executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", source));
  }

  /**
   * Lets the page's clock run {@code seconds} at once (Chromium's virtual time), so that its timers
   * fire as they would after that long, without waiting. The clock then stands still: from now on
   * the page's timers fire only when this browser lets more time pass (as the axe check does, a
   * tenth of a second at a time).
   */
  public void letTimePass(long seconds) {
    virtualTime = true;
    advanceVirtualTime(seconds * 1000);
  }

  private void advanceVirtualTime(long millis) {
    ((ChromeDriver) driver)
        .executeCdpCommand(
            "Emulation.setVirtualTimePolicy", Map.of("policy", "advance", "budget", millis));
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Opens a path of the app and checks the page with axe. */
  public void go(String path) {
    driver.get(base + path);
    checkAccessibility();
  }

  /**
   * Shows the pages at this width from now on: {@link #NARROW} (or any width under the window's)
   * emulates a phone of that width (a touch screen that honours the viewport meta tag, as a phone
   * does); {@link #WIDE} goes back to the window's own 1280 px.
   */
  public void useWidth(int width) {
    ChromeDriver chrome = (ChromeDriver) driver;
    if (width >= WIDE) {
      chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    } else {
      chrome.executeCdpCommand(
          "Emulation.setDeviceMetricsOverride",
          Map.of("width", width, "height", NARROW_HEIGHT, "deviceScaleFactor", 1, "mobile", true));
    }
    this.width = width;
  }

  /** The width the pages are shown at now. */
  public int width() {
    return width;
  }

  /** Saves a PNG of the page under target/screenshots when -Dpainwise.screenshots=true. */
  public void screenshot() {
    if (!Boolean.getBoolean("painwise.screenshots")) {
      return;
    }
    try {
      Path dir = Path.of("target", "screenshots");
      Files.createDirectories(dir);
      String name = currentPath().replaceAll("[^A-Za-z0-9]+", "_") + "-" + width + ".png";
      byte[] png =
          ((org.openqa.selenium.TakesScreenshot) driver)
              .getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
      Files.write(dir.resolve(name), png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Presses Tab until the element matching {@code css} has the focus, as a keyboard user does, then
   * returns it. Fails if it is not reached in {@code maxTabs} presses.
   */
  public WebElement tabTo(String css, int maxTabs) {
    WebElement target = waitFor(css);
    for (int i = 0; i < maxTabs; i++) {
      if (target.equals(driver.switchTo().activeElement())) {
        return target;
      }
      new org.openqa.selenium.interactions.Actions(driver)
          .sendKeys(org.openqa.selenium.Keys.TAB)
          .perform();
    }
    throw new AssertionError("Tab never reached " + css + " on " + currentPath());
  }

  /** Scrolls an element into the middle of the screen and clicks it, as a user would. */
  public void click(String css) {
    WebElement element = waitFor(css);
    ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    waiting("clickable " + css).until(ExpectedConditions.elementToBeClickable(element)).click();
  }

  /** Shift+Tab: moves the focus back one step. */
  public void backTab() {
    new org.openqa.selenium.interactions.Actions(driver)
        .keyDown(org.openqa.selenium.Keys.SHIFT)
        .sendKeys(org.openqa.selenium.Keys.TAB)
        .keyUp(org.openqa.selenium.Keys.SHIFT)
        .perform();
  }

  /** Presses a key on whatever has the focus. */
  public void press(CharSequence key) {
    new org.openqa.selenium.interactions.Actions(driver).sendKeys(key).perform();
  }

  /** The path within the app, without the context root, e.g. {@code /patient/index}. */
  public String currentPath() {
    String url = driver.getCurrentUrl();
    return url.startsWith(base) ? url.substring(base.length()) : url;
  }

  public WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  public WebElement waitFor(String css) {
    return waiting("element " + css)
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  public void waitForPath(String path) {
    waiting("path " + path).until(d -> currentPath().startsWith(path));
  }

  public void waitUntilLeft(String path) {
    waiting("leaving " + path).until(d -> !currentPath().startsWith(path));
  }

  /**
   * Waits until {@code element} has left the page: the page it was on has been replaced, as after a
   * form that posts and answers with a new page.
   */
  public void waitUntilReplaced(WebElement element) {
    waiting("the page to be replaced").until(ExpectedConditions.stalenessOf(element));
  }

  /** Waits until exactly {@code count} elements match, e.g. the rows of a filtered table. */
  public void waitForCount(String css, int count) {
    waiting(count + " of " + css).until(d -> d.findElements(By.cssSelector(css)).size() == count);
  }

  /**
   * Waits until no ajax request is queued or running, twice in a row half a second apart, so a
   * request that an input starts after a short pause (a search box's keyup delay) is seen too.
   */
  public void waitForAjaxIdle() {
    String idle =
        "return (!window.jQuery || jQuery.active === 0)"
            + " && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty());";
    int[] quiet = {0};
    waiting("ajax to finish")
        .pollingEvery(Duration.ofMillis(500))
        .until(
            d -> {
              boolean now = Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(idle));
              quiet[0] = now ? quiet[0] + 1 : 0;
              return quiet[0] >= 2;
            });
  }

  /**
   * Waits until {@code condition} gives a value that is neither null nor false, and returns it; on
   * timeout the failure says what was awaited, where the browser was and what it showed.
   */
  public <T> T waitUntil(String what, java.util.function.Function<? super WebDriver, T> condition) {
    return waiting(what).until(condition);
  }

  /** A wait whose failure says where the browser was and what it showed. */
  private WebDriverWait waiting(String what) {
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    // While a page is being replaced, reads of the old one fail: try again until the timeout.
    wait.ignoring(StaleElementReferenceException.class);
    wait.ignoring(org.openqa.selenium.WebDriverException.class);
    wait.withMessage(
        () ->
            "waited for " + what + "; the browser is at " + currentPath() + " showing:\n" + text());
    return wait;
  }

  /** The handle of the window (tab) the browser is driving now. */
  public String window() {
    return driver.getWindowHandle();
  }

  /** Opens a new tab, drives it from now on, and returns its handle. */
  public String openTab() {
    driver.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
    return driver.getWindowHandle();
  }

  /** Drives the window (tab) with this handle from now on. */
  public void switchTo(String window) {
    driver.switchTo().window(window);
  }

  /**
   * Deletes the session cookie, as when the session expires on the server: the next request arrives
   * with no session.
   */
  public void forgetSession() {
    driver.manage().deleteCookieNamed("JSESSIONID");
  }

  /** Runs a script in the page and returns its result. */
  public Object script(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  public String text() {
    return driver.findElement(By.tagName("body")).getText();
  }

  /**
   * Fails when a Content-Security-Policy refused anything (a script, a style, a frame, a
   * connection) on this page or on a page visited since the last check, naming the directive and
   * the URL. Both the {@code securitypolicyviolation} events (collected by a script that runs
   * before each page's own) and Chromium's console messages count. Every check clears them.
   */
  public void checkContentSecurity() {
    List<String> violations = new ArrayList<>();
    Object seen =
        ((JavascriptExecutor) driver)
            .executeScript(
                "var v = sessionStorage.getItem('"
                    + CSP_KEY
                    + "'); sessionStorage.removeItem('"
                    + CSP_KEY
                    + "'); return v ? JSON.parse(v) : [];");
    if (seen instanceof List<?> lines) {
      lines.forEach(line -> violations.add(String.valueOf(line)));
    }
    try {
      for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
        String message = entry.getMessage();
        if (message.contains("Content Security Policy") || message.contains("CSP violation")) {
          violations.add("console: " + message);
        }
      }
    } catch (UnsupportedCommandException e) {
      // A driver without the log endpoint: the events above still count.
    }
    if (!violations.isEmpty()) {
      screenshot();
      fail(
          "Content-Security-Policy violations up to "
              + currentPath()
              + ":\n- "
              + String.join("\n- ", violations));
    }
  }

  /**
   * Runs axe-core for WCAG 2.1 A and AA on the current page at 1280 px and at 360 px, and fails on
   * any violation at either width, on anything wider than the screen at 360 px ({@link
   * #checkFitsTheScreen()}), and on any Content-Security-Policy violation ({@link
   * #checkContentSecurity()}). The page is left at the width it was shown at.
   */
  public void checkAccessibility() {
    checkContentSecurity();
    int shown = width;
    try {
      for (int at : new int[] {WIDE, NARROW}) {
        if (width != at) {
          useWidth(at);
        }
        axe();
        if (at == NARROW) {
          checkFitsTheScreen();
        }
      }
    } finally {
      if (width != shown) {
        useWidth(shown);
      }
    }
    screenshot();
  }

  /**
   * Fails when the page is wider than the screen (a table, a button, a long word pushing past the
   * right edge), naming the elements that stick out.
   */
  @SuppressWarnings("unchecked")
  public void checkFitsTheScreen() {
    List<String> overflowing = (List<String>) script(OVERFLOWING);
    if (!overflowing.isEmpty()) {
      screenshot();
      fail(
          "wider than the "
              + width
              + " px screen on "
              + currentPath()
              + ":\n- "
              + String.join("\n- ", overflowing));
    }
  }

  /**
   * Runs axe-core in the page itself and fails on any violation. axe is put into the page once per
   * page load (both widths reuse it: the width changes by emulation, not by a reload), and only the
   * violations come back. AxeBuilder's {@code analyze} did the same checks at a higher cost: it
   * injected the 560 KB script again for every check, returned every passing node too, and opened a
   * blank tab to finish each run (for cross-origin frames, which no page here has).
   */
  @SuppressWarnings("unchecked")
  private void axe() {
    if (!Boolean.TRUE.equals(script("return typeof window.axe === 'object';"))) {
      script(AXE_SOURCE);
    }
    script(AXE_START, WCAG_21_AA);
    Object outcome = null;
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (outcome == null) {
      if (System.nanoTime() > deadline) {
        fail("axe did not finish checking " + currentPath() + " within 60 s");
      }
      if (virtualTime) {
        // axe yields between rules with timers, which paused virtual time never fires.
        advanceVirtualTime(100);
      }
      sleep(5);
      outcome = script("return window.pwAxe;");
    }
    if (!(outcome instanceof List)) {
      fail("axe could not check " + currentPath() + ": " + outcome);
    }
    List<Map<String, Object>> violations = (List<Map<String, Object>>) outcome;
    if (!violations.isEmpty()) {
      String report =
          violations.stream()
              .map(
                  r ->
                      "- "
                          + r.get("id")
                          + " ("
                          + r.get("impact")
                          + "): "
                          + r.get("help")
                          + "\n"
                          + ((List<Map<String, Object>>) r.get("nodes"))
                              .stream()
                                  .map(
                                      n ->
                                          n.get("target")
                                              + ": "
                                              + String.valueOf(n.get("summary")).replace("\n", " "))
                                  .collect(Collectors.joining("\n    ", "    ", "")))
              .collect(Collectors.joining("\n"));
      screenshot();
      fail(
          "axe found WCAG 2.1 AA violations at "
              + width
              + " px on "
              + currentPath()
              + ":\n"
              + report);
    }
  }

  private static String axeSource() {
    try (var in = AxeBuilder.class.getResourceAsStream("/axe.min.js")) {
      if (in == null) {
        throw new IllegalStateException("axe.min.js is not on the test class path");
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException ignored) {
      // A temporary profile that cannot be deleted is harmless.
    }
  }
}
